import { t } from '../../i18n';
import type { LakeStore } from '../../store';
import { parseRoute } from '../../store/router';
import { decodeLabParam, SHARED_LAB_PARAM, SHARED_LAB_PATH, ShareLinkError } from './shareLink';

/**
 * If the address is a whole-lab share link, validates it and asks the store to offer it (the
 * current lab is replaced only when the user confirms); a damaged link becomes an error
 * notification and changes nothing. Returns whether the address was a share link.
 */
export function takeSharedLabFromLocation(store: LakeStore, location: Location = window.location) {
  const route = parseRoute(location.hash);
  if (route.path !== SHARED_LAB_PATH) return false;
  // Leave the long link behind so a reload does not offer the lab again.
  location.replace(`${location.pathname}${location.search}#/`);
  try {
    const param = route.query.get(SHARED_LAB_PARAM);
    if (!param)
      throw new ShareLinkError(
        `The shared lab link has no lab in it: the "${SHARED_LAB_PARAM}=" part is missing. Copy the whole link again.`,
      );
    const { bytes, world } = decodeLabParam(param);
    store.getState().offerSharedLab({
      bytes,
      bucketNames: Object.keys(world.s3.buckets).sort(),
      simulatedTime: world.clock.now,
    });
  } catch (error) {
    if (!(error instanceof ShareLinkError)) throw error;
    const { language, notify } = store.getState();
    notify({
      type: 'error',
      header: t(language, 'share.openFailed'),
      content: `${error.message} ${t(language, 'share.notChanged')}`,
    });
  }
  return true;
}
