import type { TPasskey } from '@koers/shared/passkeys';

export function toPasskey(row: { id: string; name: string; created_at: Date; last_used_at: Date | null }): TPasskey {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.created_at.toISOString(),
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
  };
}
