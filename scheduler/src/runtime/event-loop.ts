// Dispatches each Mesos event by type to the handler for it, then wakes the reconcile loop. State
// effects (records) are persisted inside the handlers before any acknowledgement.
import { mesos } from '@cmf/proto';
import { toOfferView } from '../mesos/offer-view.js';
import type { Logger } from '../ports.js';
import { onAdminReport, type AdminReportDeps } from './admin-report.js';
import { handleUpdate, type UpdateDeps } from './status-update.js';

type Event = mesos.v1.scheduler.Event;
const Type = mesos.v1.scheduler.Event.Type;

export interface EventDeps extends UpdateDeps, AdminReportDeps {
  readonly wake: () => void;
  readonly logger: Logger;
}

type Handler = (event: Event, deps: EventDeps) => Promise<void>;

const HANDLERS: Partial<Record<mesos.v1.scheduler.Event.Type, Handler>> = {
  [Type.SUBSCRIBED]: async (_event, deps) => {
    // Offers die with a subscription; suppression does too (we subscribe without suppressed roles).
    deps.world.offers.clear();
    deps.world.suppressed = false;
    await deps.reconciler.start(deps.clock.now());
  },
  [Type.OFFERS]: (event, deps) => {
    for (const offer of event.offers?.offers ?? []) {
      const view = toOfferView(offer);
      deps.world.offers.set(view.offerId, view);
      deps.logger.debug('offer', { offerId: view.offerId, agentId: view.agentId });
    }
    return Promise.resolve();
  },
  [Type.RESCIND]: (event, deps) => {
    deps.world.offers.delete(event.rescind?.offer_id.value ?? '');
    return Promise.resolve();
  },
  [Type.UPDATE]: async (event, deps) => {
    if (event.update) await handleUpdate(event.update.status, deps);
  },
  [Type.MESSAGE]: async (event, deps) => {
    if (event.message) await onAdminReport(event.message.data, deps);
  },
  [Type.FAILURE]: (event, deps) => {
    deps.logger.info('failure reported', {
      agentId: event.failure?.agent_id?.value,
      executorId: event.failure?.executor_id?.value,
      status: event.failure?.status,
    });
    return Promise.resolve();
  },
};

export async function handleEvent(event: Event, deps: EventDeps): Promise<void> {
  const handler = event.type === null ? undefined : HANDLERS[event.type];
  if (handler) await handler(event, deps);
  // HEARTBEAT, INVERSE_OFFERS and types a newer master adds are ignored on purpose.
  if (event.type !== Type.HEARTBEAT) deps.wake();
}
