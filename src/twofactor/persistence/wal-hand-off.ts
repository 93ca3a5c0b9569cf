/**
 * The states of the word the checkpoint worker and the request thread share to hand a gap between
 * two write batches to a WAL RESTART (wal-checkpoint-worker.ts asks, wal-checkpointer.ts grants).
 */
export const HandOff = { IDLE: 0, WANTED: 1, GRANTED: 2 } as const;
