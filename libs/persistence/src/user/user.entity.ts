import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Role } from '@cxzy/domain';

/** A person who uses the system. No credentials yet: authentication is a later issue. */
@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('varchar', { length: 64, unique: true })
  username!: string;

  @Column('text', { name: 'display_name' })
  displayName!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** A role a user holds at an organisation: the organisation is the role's scope. */
@Entity({ name: 'user_roles' })
export class UserRoleEntity {
  @PrimaryColumn('uuid', { name: 'user_id' })
  userId!: string;

  @PrimaryColumn('varchar', { length: 24 })
  role!: Role;

  @PrimaryColumn('uuid', { name: 'organisation_id' })
  organisationId!: string;
}
