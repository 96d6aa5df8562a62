import type { SliceCreator } from '../index';

/** A lab that arrived in a share link, waiting for the user to say whether it may replace theirs. */
export interface SharedLabOffer {
  /** The validated `.lakelab` bytes the link carried. */
  bytes: Uint8Array;
  bucketNames: string[];
  /** The shared lab's simulated time (epoch ms). */
  simulatedTime: number;
}

export interface SharedLabSlice {
  sharedLabOffer: SharedLabOffer | undefined;
  /** Shows the "Open the shared lab?" confirmation; nothing changes until `openSharedLab`. */
  offerSharedLab(offer: SharedLabOffer): void;
  dismissSharedLab(): void;
  /** Replaces the current lab with the offered one. */
  openSharedLab(): void;
}

export const createSharedLabSlice: SliceCreator<SharedLabSlice> = (set, get) => ({
  sharedLabOffer: undefined,
  offerSharedLab: (sharedLabOffer) => set({ sharedLabOffer }),
  dismissSharedLab: () => set({ sharedLabOffer: undefined }),
  openSharedLab() {
    const offer = get().sharedLabOffer;
    if (!offer) return;
    get().importLab(offer.bytes);
    set({ sharedLabOffer: undefined });
  },
});
