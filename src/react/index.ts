'use client';
/**
 * `@dexcare/virtual-visit/react`: the element as a React component (made with `@lit/react`). Props are
 * the element's properties, set as properties (functions and objects included); events are `on…` props.
 * A client module: a React Server Component may render it, and the element is defined in the browser.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { DexCareVirtualVisit as DexCareVirtualVisitElement } from '../widget/dexcare-virtual-visit.js';
import type {
  AvailabilityChangedDetail, RegionSelectedDetail, SignInRequiredDetail, VisitCreatedDetail, VisitErrorDetail,
} from '../widget/events.js';

export const DexCareVirtualVisit = createComponent({
  react: React,
  tagName: 'dexcare-virtual-visit',
  elementClass: DexCareVirtualVisitElement,
  displayName: 'DexCareVirtualVisit',
  events: {
    onVisitCreated: 'visit-created' as EventName<CustomEvent<VisitCreatedDetail>>,
    onSignInRequired: 'sign-in-required' as EventName<CustomEvent<SignInRequiredDetail>>,
    onRegionSelected: 'region-selected' as EventName<CustomEvent<RegionSelectedDetail>>,
    onAvailabilityChanged: 'availability-changed' as EventName<CustomEvent<AvailabilityChangedDetail>>,
    onVisitSubmit: 'visit-submit' as EventName<CustomEvent<Record<string, never>>>,
    onVisitError: 'visit-error' as EventName<CustomEvent<VisitErrorDetail>>,
  },
});

export type DexCareVirtualVisitProps = React.ComponentProps<typeof DexCareVirtualVisit>;
export type { DexCareVirtualVisitElement };
export type * from '../index.js';
