"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DateTimeOffset = void 0;
/**
 * .NET's DateTimeOffset: an instant plus the offset it was observed at. Extends Date (the
 * instant); the writers print the local clock `instant + offset` with the offset.
 */
class DateTimeOffset extends Date {
    offsetMinutes;
    /** 100 ns units below the millisecond, 0–9999. */
    subMsTicks;
    constructor(instantMs, offsetMinutes = 0, subMsTicks = 0) {
        super(instantMs);
        this.offsetMinutes = offsetMinutes;
        this.subMsTicks = subMsTicks;
    }
    static from(value) {
        return value instanceof DateTimeOffset ? value : new DateTimeOffset(value.getTime(), 0);
    }
    /** The local clock at the offset, encoded as if UTC. */
    wallClockMs() {
        return this.getTime() + this.offsetMinutes * 60000;
    }
    fractionTicks() {
        const t = this.getTime();
        return (t - Math.floor(t / 1000) * 1000) * 10000 + this.subMsTicks;
    }
}
exports.DateTimeOffset = DateTimeOffset;
