import { createComponent, type EventName, type Options, type ReactWebComponent } from '@lit/react';
import * as React from 'react';

/**
 * One element as a React component with typed `on…` event props. React is the portal's own,
 * imported from `react`, so the page never carries a second copy.
 */
export const wrapElement = <I extends HTMLElement, E extends Record<string, EventName | string>>(
  tagName: string,
  elementClass: Options<I, E>['elementClass'],
  events: E,
): ReactWebComponent<I, E> => createComponent({ react: React, tagName, elementClass, events });
