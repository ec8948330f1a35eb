// A service not built yet: one step that says so plainly and offers a person instead.
import { createElement } from 'react';
import type { ServiceId } from '../../../../preload/contract';
import { defineStep, type FlowDefinition, type Step } from '../stepper/flow';
import { ComingSoonStep } from './ComingSoonStep';

export const comingSoonStep = (id: string, titleKey: string, bodyKey: string): Step =>
  defineStep<null>({
    id,
    titleKey,
    Component: (props) => createElement(ComingSoonStep, { ...props, bodyKey }),
    initial: null,
    fromDraft: () => null,
  });

export const comingSoonFlow = (id: ServiceId, titleKey: string): FlowDefinition => ({
  id,
  titleKey,
  steps: [comingSoonStep('coming-soon', 'flow.comingSoon.title', 'flow.comingSoon.body')],
});
