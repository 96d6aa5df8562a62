export const RUN_EVENT = 'appflow:run';
export const SCHEDULE_EVENT = 'appflow:schedule';

export interface RunEventData {
  flowName: string;
  executionId: string;
}

export interface ScheduleEventData {
  flowName: string;
  activatedAt: number;
}
