/** Sends counted in a fixed window for one pumping scope (client IP, tenant or destination prefix). */
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { epochMs } from './column-types.js';

@Entity({ name: 'send_counter' })
export class SendCounterEntity {
  @PrimaryColumn({ name: 'counter_key', type: 'varchar', length: 100 }) counterKey!: string;
  @Column(epochMs('window_start_ms')) windowStartMs!: number;
  @Column({ name: 'used', type: 'int', default: 0 }) used!: number;
}
