/** A destination prefix the conversion guard holds for a configuration, until `heldUntilMs`. */
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { epochMs } from './column-types.js';

@Entity({ name: 'prefix_hold' })
export class PrefixHoldEntity {
  @PrimaryColumn({ name: 'configuration_id', type: 'int' }) configurationId!: number;
  @PrimaryColumn({ name: 'prefix', type: 'varchar', length: 16 }) prefix!: string;
  @Column(epochMs('held_until_ms')) heldUntilMs!: number;
}
