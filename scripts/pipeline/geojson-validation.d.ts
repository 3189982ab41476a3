declare module 'geojson-validation' {
  export function define(type: string, definition: (object: unknown) => string[]): boolean;
  export function isGeometryObject(geometry: unknown, trace: true): string[];
  export function isFeatureCollection(fc: unknown, trace: true): string[];
  export function valid(object: unknown, trace: true): string[];
}
