/** A mobile number registered for 2FA by one user of one file; its id is the ProviderUserId. */
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { epochMs, int, varchar } from './column-types.js';

export type EnrollmentStatus = 'pending' | 'active';

@Entity({ name: 'two_factor_enrollment' })
@Index('ux_enrollment_subject', ['fileId', 'userId', 'gsmNumber'], { unique: true })
export class EnrollmentEntity {
  @PrimaryGeneratedColumn({ name: 'id', type: 'int' }) id!: number;
  @Column(int('file_id')) fileId!: number;
  @Column(varchar('user_id', 64)) userId!: string;
  @Column(varchar('gsm_number', 16)) gsmNumber!: string;
  @Column(varchar('status', 16)) status!: EnrollmentStatus;
  @Column(epochMs('created_at_ms')) createdAtMs!: number;
  @Column(epochMs('verified_at_ms', true)) verifiedAtMs!: number | null;
}
