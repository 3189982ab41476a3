/**
 * Plays the timeline forward at a chosen speed, one state update per animation frame, stopping at the
 * end. Play on the last day starts again from the first.
 */
export const SPEEDS = { week: 7, month: 30.44 } as const;
export type Speed = keyof typeof SPEEDS;

export class Playback {
  private frame = 0;
  private last = 0;
  private position = 0;
  speed: Speed = 'week';

  constructor(
    private readonly getDay: () => number,
    private readonly maxDay: number,
    private readonly onDay: (day: number) => void,
    private readonly onStop: () => void,
    private readonly minDay = 0,
  ) {}

  get playing(): boolean {
    return this.frame !== 0;
  }

  play(): void {
    if (this.playing) return;
    if (this.getDay() >= this.maxDay) this.onDay(this.minDay);
    this.position = this.getDay();
    this.last = performance.now();
    this.frame = requestAnimationFrame(this.tick);
  }

  pause(): void {
    if (!this.playing) return;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.onStop();
  }

  private tick = (now: number): void => {
    // the reader may have moved the slider meanwhile: continue from where the state is
    if (Math.floor(this.position) !== this.getDay()) this.position = this.getDay();
    // a frame's timestamp is when the frame began, which can precede play(): never step back
    const elapsed = Math.max(0, now - this.last);
    this.position = Math.min(this.maxDay, this.position + (SPEEDS[this.speed] * elapsed) / 1000);
    this.last = Math.max(this.last, now);
    this.onDay(Math.floor(this.position));
    if (this.position >= this.maxDay) {
      this.frame = 0;
      this.onStop();
      return;
    }
    this.frame = requestAnimationFrame(this.tick);
  };
}
