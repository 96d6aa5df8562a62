import Flashbar, { type FlashbarProps } from '@cloudscape-design/components/flashbar';
import { useT } from '../i18n';
import { useLake, useLakeStore } from '../store';
import { selectNotifications } from '../store/notificationsSlice';

/** The store's notifications as a dismissible Flashbar. */
export function Notifications() {
  const store = useLakeStore();
  const { t } = useT();
  const notifications = useLake(selectNotifications);
  const items: FlashbarProps.MessageDefinition[] = notifications.map((n) => ({
    id: String(n.id),
    type: n.type,
    header: n.header,
    content: n.content,
    dismissible: true,
    dismissLabel: t('app.dismissNotification'),
    onDismiss: () => store.getState().dismiss(n.id),
  }));
  // Stacked: several messages collapse into one bar so the page stays visible at 1280×720.
  return (
    <Flashbar
      items={items}
      stackItems
      i18nStrings={{
        ariaLabel: t('app.notifications'),
        notificationBarText: t('app.notifications'),
        notificationBarAriaLabel: t('app.viewAllNotifications'),
        errorIconAriaLabel: t('app.icon.error'),
        warningIconAriaLabel: t('app.icon.warning'),
        successIconAriaLabel: t('app.icon.success'),
        infoIconAriaLabel: t('app.icon.info'),
        inProgressIconAriaLabel: t('app.icon.inProgress'),
      }}
    />
  );
}
