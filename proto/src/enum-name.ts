// Names for protobuf enum values, for logs and persisted state. A value this
// build does not know (a newer Mesos) gets a readable placeholder, not undefined.

/** `enumName(mesos.v1.TaskState, 1)` is "TASK_RUNNING"; an unknown 42 gives "UNKNOWN(42)". */
export function enumName(
  enumObject: Readonly<Record<string, string | number>>,
  value: number,
): string {
  const name = Object.entries(enumObject).find(([, v]) => v === value)?.[0];
  return name ?? `UNKNOWN(${value})`;
}
