import { describe, expect, it } from 'vitest';
import { createWorld } from '../../world';
import { configureSftpPartner, dueDrops, partnerFile, sftpPartnerStatus } from './index';

const worldAt = (iso: string) => createWorld(1, Date.parse(iso));

describe('the simulated SFTP partner', () => {
  it('uploads on its interval after it is configured, once per slot', () => {
    const world = worldAt('2025-01-06T09:00:00Z');
    const partner = configureSftpPartner(world, {
      ServerId: 's-1',
      UserName: 'acme',
      everyMinutes: 30,
    });
    const times = dueDrops(partner, Date.parse('2025-01-06T10:45:00Z'));
    expect(times.map((t) => new Date(t).toISOString().slice(11, 16))).toEqual([
      '09:30',
      '10:00',
      '10:30',
    ]);
    partner.lastDropAt = times.at(-1)!;
    expect(dueDrops(partner, Date.parse('2025-01-06T10:45:00Z'))).toEqual([]);
  });

  it('names files by time and writes the same CSV for the same seed', () => {
    const world = worldAt('2025-01-06T09:00:00Z');
    const partner = configureSftpPartner(world, { ServerId: 's-1', UserName: 'acme' });
    const at = Date.parse('2025-01-06T10:00:00Z');
    const file = partnerFile(world, partner, at);
    expect(file.name).toBe('inventory_20250106T1000.csv');
    expect(new TextDecoder().decode(file.body).split('\n')[0]).toBe('sku,warehouse,on_hand,as_of');
    expect(partnerFile(worldAt('2025-01-06T09:00:00Z'), partner, at).body).toEqual(file.body);
  });

  it('reconfiguring a partner keeps its counters; status lists partners', () => {
    const world = worldAt('2025-01-06T09:00:00Z');
    expect(sftpPartnerStatus(world)).toEqual([]);
    configureSftpPartner(world, { ServerId: 's-1', UserName: 'acme' }).filesDelivered = 5;
    configureSftpPartner(world, { ServerId: 's-1', UserName: 'acme', everyMinutes: 15 });
    expect(sftpPartnerStatus(world)).toEqual([
      expect.objectContaining({ filesDelivered: 5, everyMinutes: 15 }),
    ]);
  });
});
