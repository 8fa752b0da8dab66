/**
 * Maps offsets in a derived "view" text (e.g. the visible text of an HTML page) back to the source.
 * The view is built from pieces; each piece is a run of view characters that either copies a run of the
 * source one to one, or stands for a whole source run (a decoded entity like `&amp;`).
 */
export class SourceMap {
  private readonly viewStarts: number[] = [];
  private readonly srcStarts: number[] = [];
  private readonly srcEnds: number[] = [];
  private readonly oneToOne: boolean[] = [];

  static identity(length: number): SourceMap {
    const map = new SourceMap();
    map.add(0, 0, length, true);
    return map;
  }

  /** Appends a piece: view[viewStart, …) maps to source[srcStart, srcEnd). */
  add(viewStart: number, srcStart: number, srcEnd: number, oneToOne: boolean): void {
    this.viewStarts.push(viewStart);
    this.srcStarts.push(srcStart);
    this.srcEnds.push(srcEnd);
    this.oneToOne.push(oneToOne);
  }

  /** The source offset of a view offset. `end` asks for the end of the character before it (for range ends). */
  toSource(viewOffset: number, end = false): number {
    const n = this.viewStarts.length;
    if (n === 0) return 0;
    const probe = end ? viewOffset - 1 : viewOffset;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.viewStarts[mid] <= probe) lo = mid;
      else hi = mid - 1;
    }
    const delta = Math.max(0, probe - this.viewStarts[lo]);
    if (this.oneToOne[lo]) {
      const src = Math.min(this.srcStarts[lo] + delta, this.srcEnds[lo] - (end ? 1 : 0));
      return end ? src + 1 : src;
    }
    return end ? this.srcEnds[lo] : this.srcStarts[lo];
  }
}
