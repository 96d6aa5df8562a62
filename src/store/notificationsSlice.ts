import type { SliceCreator } from './index';

export interface LakeNotification {
  id: number;
  type: 'success' | 'error' | 'warning' | 'info';
  header: string;
  content?: string;
}

export interface NotificationsSlice {
  notifications: LakeNotification[];
  notify(notification: Omit<LakeNotification, 'id'>): void;
  dismiss(id: number): void;
}

let nextId = 1;

export const createNotificationsSlice: SliceCreator<NotificationsSlice> = (set) => ({
  notifications: [],
  notify(notification) {
    const id = nextId++;
    // Keep the five latest: a flood of errors should not push the page off screen.
    set((s) => ({ notifications: [...s.notifications, { ...notification, id }].slice(-5) }));
  },
  dismiss(id) {
    set((s) => ({ notifications: s.notifications.filter((n) => n.id !== id) }));
  },
});

export const selectNotifications = (s: NotificationsSlice) => s.notifications;
