import Flashbar, { type FlashbarProps } from '@cloudscape-design/components/flashbar';
import { useLake, useLakeStore } from '../store';
import { selectNotifications } from '../store/notificationsSlice';

/** The store's notifications as a dismissible Flashbar. */
export function Notifications() {
  const store = useLakeStore();
  const notifications = useLake(selectNotifications);
  const items: FlashbarProps.MessageDefinition[] = notifications.map((n) => ({
    id: String(n.id),
    type: n.type,
    header: n.header,
    content: n.content,
    dismissible: true,
    dismissLabel: 'Dismiss notification',
    onDismiss: () => store.getState().dismiss(n.id),
  }));
  // Stacked: several messages collapse into one bar so the page stays visible at 1280×720.
  return (
    <Flashbar
      items={items}
      stackItems
      i18nStrings={{
        ariaLabel: 'Notifications',
        notificationBarText: 'Notifications',
        notificationBarAriaLabel: 'View all notifications',
        errorIconAriaLabel: 'Error',
        warningIconAriaLabel: 'Warning',
        successIconAriaLabel: 'Success',
        infoIconAriaLabel: 'Info',
        inProgressIconAriaLabel: 'In progress',
      }}
    />
  );
}
