// The one thing the runtime needs from the Mesos client: send a call (SchedulerClient does it).
import type { mesos } from '@cmf/proto';

export interface MesosCalls {
  call(call: mesos.v1.scheduler.Call.$Properties): Promise<void>;
}
