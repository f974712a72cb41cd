/**
 * Open streams per person. A reader has one per article tab; 20 covers a desk editor with a
 * dozen articles open in tabs and a second window, while one account can no longer hold
 * hundreds of connections and the database work behind them.
 */
export const MAX_STREAMS_PER_USER = 20;
