export const STATE_EVENT = 'transfer:state';
export const PARTNER_TICK_EVENT = 'transfer:partnerTick';

export interface ServerEventData {
  ServerId: string;
}
