// Makes protobufjs read 64-bit integers (ports, nanoseconds, byte counts) as JS numbers, as the
// generated types promise (--force-number). Left alone, it returns long.js objects whenever that
// package is installed. This configures the process-wide protobufjs runtime, so index.ts imports
// it before the generated code, whose prototypes take their 64-bit defaults at load time.
import protobuf from 'protobufjs/minimal.js';

(protobuf.util as { Long: unknown }).Long = null;
protobuf.configure();
