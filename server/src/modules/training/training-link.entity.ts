import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One link of the training chain (T4): `trainerId` trains (open) or trained `traineeId`. */
@Entity('training_link')
export class TrainingLink {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'trainee_id', type: 'uuid' })
  traineeId!: string;

  @Column({ name: 'trainer_id', type: 'uuid' })
  trainerId!: string;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt!: Date;

  /** At graduation, or when the trainee got another trainer; null while open. */
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @Column({ name: 'graduated_at', type: 'timestamptz', nullable: true })
  graduatedAt!: Date | null;

  @Column({ name: 'graduated_by_id', type: 'uuid', nullable: true })
  graduatedById!: string | null;

  /** The note of whoever graduated them (T4). */
  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
