import * as $protobuf from "protobufjs";

/** Namespace mesos. */
export namespace mesos {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a FrameworkID.
         * @deprecated Use mesos.v1.FrameworkID.$Properties instead.
         */
        interface IFrameworkID extends mesos.v1.FrameworkID.$Properties {
        }

        /** Represents a FrameworkID. */
        class FrameworkID {

            /**
             * Constructs a new FrameworkID.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.v1.FrameworkID.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FrameworkID value. */
            value: string;

            /**
             * Creates a new FrameworkID instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FrameworkID instance
             */
            static create(properties: mesos.v1.FrameworkID.$Shape): mesos.v1.FrameworkID & mesos.v1.FrameworkID.$Shape;
            static create(properties?: mesos.v1.FrameworkID.$Properties): mesos.v1.FrameworkID;

            /**
             * Encodes the specified FrameworkID message. Does not implicitly {@link mesos.v1.FrameworkID.verify|verify} messages.
             * @param message FrameworkID message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.v1.FrameworkID.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FrameworkID message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.v1.FrameworkID & mesos.v1.FrameworkID.$Shape} FrameworkID
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.FrameworkID & mesos.v1.FrameworkID.$Shape;
        }

        namespace FrameworkID {

            /** Properties of a FrameworkID. */
            interface $Properties {

                /** FrameworkID value */
                value: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FrameworkID. */
            type $Shape = mesos.v1.FrameworkID.$Properties;
        }

        /**
         * Properties of an OfferID.
         * @deprecated Use mesos.v1.OfferID.$Properties instead.
         */
        interface IOfferID extends mesos.v1.OfferID.$Properties {
        }

        /** Represents an OfferID. */
        class OfferID {

            /**
             * Constructs a new OfferID.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.v1.OfferID.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OfferID value. */
            value: string;

            /**
             * Creates a new OfferID instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OfferID instance
             */
            static create(properties: mesos.v1.OfferID.$Shape): mesos.v1.OfferID & mesos.v1.OfferID.$Shape;
            static create(properties?: mesos.v1.OfferID.$Properties): mesos.v1.OfferID;

            /**
             * Encodes the specified OfferID message. Does not implicitly {@link mesos.v1.OfferID.verify|verify} messages.
             * @param message OfferID message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.v1.OfferID.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OfferID message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.v1.OfferID & mesos.v1.OfferID.$Shape} OfferID
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.OfferID & mesos.v1.OfferID.$Shape;
        }

        namespace OfferID {

            /** Properties of an OfferID. */
            interface $Properties {

                /** OfferID value */
                value: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OfferID. */
            type $Shape = mesos.v1.OfferID.$Properties;
        }

        /**
         * Properties of an AgentID.
         * @deprecated Use mesos.v1.AgentID.$Properties instead.
         */
        interface IAgentID extends mesos.v1.AgentID.$Properties {
        }

        /** Represents an AgentID. */
        class AgentID {

            /**
             * Constructs a new AgentID.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.v1.AgentID.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AgentID value. */
            value: string;

            /**
             * Creates a new AgentID instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AgentID instance
             */
            static create(properties: mesos.v1.AgentID.$Shape): mesos.v1.AgentID & mesos.v1.AgentID.$Shape;
            static create(properties?: mesos.v1.AgentID.$Properties): mesos.v1.AgentID;

            /**
             * Encodes the specified AgentID message. Does not implicitly {@link mesos.v1.AgentID.verify|verify} messages.
             * @param message AgentID message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.v1.AgentID.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AgentID message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.v1.AgentID & mesos.v1.AgentID.$Shape} AgentID
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.AgentID & mesos.v1.AgentID.$Shape;
        }

        namespace AgentID {

            /** Properties of an AgentID. */
            interface $Properties {

                /** AgentID value */
                value: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AgentID. */
            type $Shape = mesos.v1.AgentID.$Properties;
        }

        /**
         * Properties of a TaskID.
         * @deprecated Use mesos.v1.TaskID.$Properties instead.
         */
        interface ITaskID extends mesos.v1.TaskID.$Properties {
        }

        /** Represents a TaskID. */
        class TaskID {

            /**
             * Constructs a new TaskID.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.v1.TaskID.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TaskID value. */
            value: string;

            /**
             * Creates a new TaskID instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TaskID instance
             */
            static create(properties: mesos.v1.TaskID.$Shape): mesos.v1.TaskID & mesos.v1.TaskID.$Shape;
            static create(properties?: mesos.v1.TaskID.$Properties): mesos.v1.TaskID;

            /**
             * Encodes the specified TaskID message. Does not implicitly {@link mesos.v1.TaskID.verify|verify} messages.
             * @param message TaskID message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.v1.TaskID.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskID message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.v1.TaskID & mesos.v1.TaskID.$Shape} TaskID
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.TaskID & mesos.v1.TaskID.$Shape;
        }

        namespace TaskID {

            /** Properties of a TaskID. */
            interface $Properties {

                /** TaskID value */
                value: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TaskID. */
            type $Shape = mesos.v1.TaskID.$Properties;
        }

        /**
         * Properties of an ExecutorID.
         * @deprecated Use mesos.v1.ExecutorID.$Properties instead.
         */
        interface IExecutorID extends mesos.v1.ExecutorID.$Properties {
        }

        /** Represents an ExecutorID. */
        class ExecutorID {

            /**
             * Constructs a new ExecutorID.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.v1.ExecutorID.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExecutorID value. */
            value: string;

            /**
             * Creates a new ExecutorID instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ExecutorID instance
             */
            static create(properties: mesos.v1.ExecutorID.$Shape): mesos.v1.ExecutorID & mesos.v1.ExecutorID.$Shape;
            static create(properties?: mesos.v1.ExecutorID.$Properties): mesos.v1.ExecutorID;

            /**
             * Encodes the specified ExecutorID message. Does not implicitly {@link mesos.v1.ExecutorID.verify|verify} messages.
             * @param message ExecutorID message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.v1.ExecutorID.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExecutorID message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.v1.ExecutorID & mesos.v1.ExecutorID.$Shape} ExecutorID
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.ExecutorID & mesos.v1.ExecutorID.$Shape;
        }

        namespace ExecutorID {

            /** Properties of an ExecutorID. */
            interface $Properties {

                /** ExecutorID value */
                value: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ExecutorID. */
            type $Shape = mesos.v1.ExecutorID.$Properties;
        }

        /**
         * Properties of an OperationID.
         * @deprecated Use mesos.v1.OperationID.$Properties instead.
         */
        interface IOperationID extends mesos.v1.OperationID.$Properties {
        }

        /** Represents an OperationID. */
        class OperationID {

            /**
             * Constructs a new OperationID.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.v1.OperationID.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OperationID value. */
            value: string;

            /**
             * Creates a new OperationID instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OperationID instance
             */
            static create(properties: mesos.v1.OperationID.$Shape): mesos.v1.OperationID & mesos.v1.OperationID.$Shape;
            static create(properties?: mesos.v1.OperationID.$Properties): mesos.v1.OperationID;

            /**
             * Encodes the specified OperationID message. Does not implicitly {@link mesos.v1.OperationID.verify|verify} messages.
             * @param message OperationID message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.v1.OperationID.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OperationID message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.v1.OperationID & mesos.v1.OperationID.$Shape} OperationID
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.OperationID & mesos.v1.OperationID.$Shape;
        }

        namespace OperationID {

            /** Properties of an OperationID. */
            interface $Properties {

                /** OperationID value */
                value: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OperationID. */
            type $Shape = mesos.v1.OperationID.$Properties;
        }

        /**
         * Properties of a ResourceProviderID.
         * @deprecated Use mesos.v1.ResourceProviderID.$Properties instead.
         */
        interface IResourceProviderID extends mesos.v1.ResourceProviderID.$Properties {
        }

        /** Represents a ResourceProviderID. */
        class ResourceProviderID {

            /**
             * Constructs a new ResourceProviderID.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.v1.ResourceProviderID.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ResourceProviderID value. */
            value: string;

            /**
             * Creates a new ResourceProviderID instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ResourceProviderID instance
             */
            static create(properties: mesos.v1.ResourceProviderID.$Shape): mesos.v1.ResourceProviderID & mesos.v1.ResourceProviderID.$Shape;
            static create(properties?: mesos.v1.ResourceProviderID.$Properties): mesos.v1.ResourceProviderID;

            /**
             * Encodes the specified ResourceProviderID message. Does not implicitly {@link mesos.v1.ResourceProviderID.verify|verify} messages.
             * @param message ResourceProviderID message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.v1.ResourceProviderID.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ResourceProviderID message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.v1.ResourceProviderID & mesos.v1.ResourceProviderID.$Shape} ResourceProviderID
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.ResourceProviderID & mesos.v1.ResourceProviderID.$Shape;
        }

        namespace ResourceProviderID {

            /** Properties of a ResourceProviderID. */
            interface $Properties {

                /** ResourceProviderID value */
                value: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ResourceProviderID. */
            type $Shape = mesos.v1.ResourceProviderID.$Properties;
        }

        /**
         * Properties of a ContainerID.
         * @deprecated Use mesos.v1.ContainerID.$Properties instead.
         */
        interface IContainerID extends mesos.v1.ContainerID.$Properties {
        }

        /** Represents a ContainerID. */
        class ContainerID {

            /**
             * Constructs a new ContainerID.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.v1.ContainerID.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ContainerID value. */
            value: string;

            /** ContainerID parent. */
            parent: (mesos.v1.ContainerID|null);

            /**
             * Creates a new ContainerID instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContainerID instance
             */
            static create(properties: mesos.v1.ContainerID.$Shape): mesos.v1.ContainerID & mesos.v1.ContainerID.$Shape;
            static create(properties?: mesos.v1.ContainerID.$Properties): mesos.v1.ContainerID;

            /**
             * Encodes the specified ContainerID message. Does not implicitly {@link mesos.v1.ContainerID.verify|verify} messages.
             * @param message ContainerID message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.v1.ContainerID.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContainerID message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.v1.ContainerID & mesos.v1.ContainerID.$Shape} ContainerID
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.ContainerID & mesos.v1.ContainerID.$Shape;
        }

        namespace ContainerID {

            /** Properties of a ContainerID. */
            interface $Properties {

                /** ContainerID value */
                value: string;

                /** ContainerID parent */
                parent?: (mesos.v1.ContainerID.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ContainerID. */
            type $Shape = mesos.v1.ContainerID.$Properties;
        }

        /**
         * Properties of a TimeInfo.
         * @deprecated Use mesos.v1.TimeInfo.$Properties instead.
         */
        interface ITimeInfo extends mesos.v1.TimeInfo.$Properties {
        }

        /** Represents a TimeInfo. */
        class TimeInfo {

            /**
             * Constructs a new TimeInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.v1.TimeInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TimeInfo nanoseconds. */
            nanoseconds: number;

            /**
             * Creates a new TimeInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TimeInfo instance
             */
            static create(properties: mesos.v1.TimeInfo.$Shape): mesos.v1.TimeInfo & mesos.v1.TimeInfo.$Shape;
            static create(properties?: mesos.v1.TimeInfo.$Properties): mesos.v1.TimeInfo;

            /**
             * Encodes the specified TimeInfo message. Does not implicitly {@link mesos.v1.TimeInfo.verify|verify} messages.
             * @param message TimeInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.v1.TimeInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TimeInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.v1.TimeInfo & mesos.v1.TimeInfo.$Shape} TimeInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.TimeInfo & mesos.v1.TimeInfo.$Shape;
        }

        namespace TimeInfo {

            /** Properties of a TimeInfo. */
            interface $Properties {

                /** TimeInfo nanoseconds */
                nanoseconds: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TimeInfo. */
            type $Shape = mesos.v1.TimeInfo.$Properties;
        }

        /**
         * Properties of a DurationInfo.
         * @deprecated Use mesos.v1.DurationInfo.$Properties instead.
         */
        interface IDurationInfo extends mesos.v1.DurationInfo.$Properties {
        }

        /** Represents a DurationInfo. */
        class DurationInfo {

            /**
             * Constructs a new DurationInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.v1.DurationInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DurationInfo nanoseconds. */
            nanoseconds: number;

            /**
             * Creates a new DurationInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DurationInfo instance
             */
            static create(properties: mesos.v1.DurationInfo.$Shape): mesos.v1.DurationInfo & mesos.v1.DurationInfo.$Shape;
            static create(properties?: mesos.v1.DurationInfo.$Properties): mesos.v1.DurationInfo;

            /**
             * Encodes the specified DurationInfo message. Does not implicitly {@link mesos.v1.DurationInfo.verify|verify} messages.
             * @param message DurationInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.v1.DurationInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DurationInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.v1.DurationInfo & mesos.v1.DurationInfo.$Shape} DurationInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.DurationInfo & mesos.v1.DurationInfo.$Shape;
        }

        namespace DurationInfo {

            /** Properties of a DurationInfo. */
            interface $Properties {

                /** DurationInfo nanoseconds */
                nanoseconds: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DurationInfo. */
            type $Shape = mesos.v1.DurationInfo.$Properties;
        }

        /**
         * Properties of a UUID.
         * @deprecated Use mesos.v1.UUID.$Properties instead.
         */
        interface IUUID extends mesos.v1.UUID.$Properties {
        }

        /** Represents a UUID. */
        class UUID {

            /**
             * Constructs a new UUID.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.v1.UUID.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UUID value. */
            value: Uint8Array;

            /**
             * Creates a new UUID instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UUID instance
             */
            static create(properties: mesos.v1.UUID.$Shape): mesos.v1.UUID & mesos.v1.UUID.$Shape;
            static create(properties?: mesos.v1.UUID.$Properties): mesos.v1.UUID;

            /**
             * Encodes the specified UUID message. Does not implicitly {@link mesos.v1.UUID.verify|verify} messages.
             * @param message UUID message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.v1.UUID.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UUID message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.v1.UUID & mesos.v1.UUID.$Shape} UUID
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.UUID & mesos.v1.UUID.$Shape;
        }

        namespace UUID {

            /** Properties of a UUID. */
            interface $Properties {

                /** UUID value */
                value: Uint8Array;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a UUID. */
            type $Shape = mesos.v1.UUID.$Properties;
        }

        /**
         * Properties of an Address.
         * @deprecated Use mesos.v1.Address.$Properties instead.
         */
        interface IAddress extends mesos.v1.Address.$Properties {
        }

        /** Represents an Address. */
        class Address {

            /**
             * Constructs a new Address.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.v1.Address.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Address hostname. */
            hostname: (string|null);

            /** Address ip. */
            ip: (string|null);

            /** Address port. */
            port: number;

            /**
             * Creates a new Address instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Address instance
             */
            static create(properties: mesos.v1.Address.$Shape): mesos.v1.Address & mesos.v1.Address.$Shape;
            static create(properties?: mesos.v1.Address.$Properties): mesos.v1.Address;

            /**
             * Encodes the specified Address message. Does not implicitly {@link mesos.v1.Address.verify|verify} messages.
             * @param message Address message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.v1.Address.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Address message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.v1.Address & mesos.v1.Address.$Shape} Address
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.Address & mesos.v1.Address.$Shape;
        }

        namespace Address {

            /** Properties of an Address. */
            interface $Properties {

                /** Address hostname */
                hostname?: (string|null);

                /** Address ip */
                ip?: (string|null);

                /** Address port */
                port: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Address. */
            type $Shape = mesos.v1.Address.$Properties;
        }

        /**
         * Properties of a Parameter.
         * @deprecated Use mesos.v1.Parameter.$Properties instead.
         */
        interface IParameter extends mesos.v1.Parameter.$Properties {
        }

        /** Represents a Parameter. */
        class Parameter {

            /**
             * Constructs a new Parameter.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.v1.Parameter.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Parameter key. */
            key: string;

            /** Parameter value. */
            value: string;

            /**
             * Creates a new Parameter instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Parameter instance
             */
            static create(properties: mesos.v1.Parameter.$Shape): mesos.v1.Parameter & mesos.v1.Parameter.$Shape;
            static create(properties?: mesos.v1.Parameter.$Properties): mesos.v1.Parameter;

            /**
             * Encodes the specified Parameter message. Does not implicitly {@link mesos.v1.Parameter.verify|verify} messages.
             * @param message Parameter message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.v1.Parameter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Parameter message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.v1.Parameter & mesos.v1.Parameter.$Shape} Parameter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.Parameter & mesos.v1.Parameter.$Shape;
        }

        namespace Parameter {

            /** Properties of a Parameter. */
            interface $Properties {

                /** Parameter key */
                key: string;

                /** Parameter value */
                value: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Parameter. */
            type $Shape = mesos.v1.Parameter.$Properties;
        }

        /**
         * Properties of a Parameters.
         * @deprecated Use mesos.v1.Parameters.$Properties instead.
         */
        interface IParameters extends mesos.v1.Parameters.$Properties {
        }

        /** Represents a Parameters. */
        class Parameters {

            /**
             * Constructs a new Parameters.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.v1.Parameters.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Parameters parameter. */
            parameter: mesos.v1.Parameter[];

            /**
             * Creates a new Parameters instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Parameters instance
             */
            static create(properties: mesos.v1.Parameters.$Shape): mesos.v1.Parameters & mesos.v1.Parameters.$Shape;
            static create(properties?: mesos.v1.Parameters.$Properties): mesos.v1.Parameters;

            /**
             * Encodes the specified Parameters message. Does not implicitly {@link mesos.v1.Parameters.verify|verify} messages.
             * @param message Parameters message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.v1.Parameters.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Parameters message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.v1.Parameters & mesos.v1.Parameters.$Shape} Parameters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.Parameters & mesos.v1.Parameters.$Shape;
        }

        namespace Parameters {

            /** Properties of a Parameters. */
            interface $Properties {

                /** Parameters parameter */
                parameter?: mesos.v1.Parameter.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Parameters. */
            type $Shape = mesos.v1.Parameters.$Properties;
        }

        /**
         * Properties of a URL.
         * @deprecated Use mesos.v1.URL.$Properties instead.
         */
        interface IURL extends mesos.v1.URL.$Properties {
        }

        /** Represents a URL. */
        class URL {

            /**
             * Constructs a new URL.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.v1.URL.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** URL scheme. */
            scheme: string;

            /** URL address. */
            address: mesos.v1.Address;

            /** URL path. */
            path: (string|null);

            /** URL query. */
            query: mesos.v1.Parameter[];

            /** URL fragment. */
            fragment: (string|null);

            /**
             * Creates a new URL instance using the specified properties.
             * @param [properties] Properties to set
             * @returns URL instance
             */
            static create(properties: mesos.v1.URL.$Shape): mesos.v1.URL & mesos.v1.URL.$Shape;
            static create(properties?: mesos.v1.URL.$Properties): mesos.v1.URL;

            /**
             * Encodes the specified URL message. Does not implicitly {@link mesos.v1.URL.verify|verify} messages.
             * @param message URL message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.v1.URL.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a URL message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.v1.URL & mesos.v1.URL.$Shape} URL
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.URL & mesos.v1.URL.$Shape;
        }

        namespace URL {

            /** Properties of a URL. */
            interface $Properties {

                /** URL scheme */
                scheme: string;

                /** URL address */
                address: mesos.v1.Address.$Properties;

                /** URL path */
                path?: (string|null);

                /** URL query */
                query?: mesos.v1.Parameter.$Properties[];

                /** URL fragment */
                fragment?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a URL. */
            type $Shape = mesos.v1.URL.$Properties;
        }

        /**
         * Properties of a Label.
         * @deprecated Use mesos.v1.Label.$Properties instead.
         */
        interface ILabel extends mesos.v1.Label.$Properties {
        }

        /** Represents a Label. */
        class Label {

            /**
             * Constructs a new Label.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.v1.Label.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Label key. */
            key: string;

            /** Label value. */
            value: (string|null);

            /**
             * Creates a new Label instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Label instance
             */
            static create(properties: mesos.v1.Label.$Shape): mesos.v1.Label & mesos.v1.Label.$Shape;
            static create(properties?: mesos.v1.Label.$Properties): mesos.v1.Label;

            /**
             * Encodes the specified Label message. Does not implicitly {@link mesos.v1.Label.verify|verify} messages.
             * @param message Label message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.v1.Label.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Label message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.v1.Label & mesos.v1.Label.$Shape} Label
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.Label & mesos.v1.Label.$Shape;
        }

        namespace Label {

            /** Properties of a Label. */
            interface $Properties {

                /** Label key */
                key: string;

                /** Label value */
                value?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Label. */
            type $Shape = mesos.v1.Label.$Properties;
        }

        /**
         * Properties of a Labels.
         * @deprecated Use mesos.v1.Labels.$Properties instead.
         */
        interface ILabels extends mesos.v1.Labels.$Properties {
        }

        /** Represents a Labels. */
        class Labels {

            /**
             * Constructs a new Labels.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.v1.Labels.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Labels labels. */
            labels: mesos.v1.Label[];

            /**
             * Creates a new Labels instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Labels instance
             */
            static create(properties: mesos.v1.Labels.$Shape): mesos.v1.Labels & mesos.v1.Labels.$Shape;
            static create(properties?: mesos.v1.Labels.$Properties): mesos.v1.Labels;

            /**
             * Encodes the specified Labels message. Does not implicitly {@link mesos.v1.Labels.verify|verify} messages.
             * @param message Labels message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.v1.Labels.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Labels message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.v1.Labels & mesos.v1.Labels.$Shape} Labels
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.Labels & mesos.v1.Labels.$Shape;
        }

        namespace Labels {

            /** Properties of a Labels. */
            interface $Properties {

                /** Labels labels */
                labels?: mesos.v1.Label.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Labels. */
            type $Shape = mesos.v1.Labels.$Properties;
        }

        /**
         * Properties of an Unavailability.
         * @deprecated Use mesos.v1.Unavailability.$Properties instead.
         */
        interface IUnavailability extends mesos.v1.Unavailability.$Properties {
        }

        /** Represents an Unavailability. */
        class Unavailability {

            /**
             * Constructs a new Unavailability.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.v1.Unavailability.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Unavailability start. */
            start: mesos.v1.TimeInfo;

            /** Unavailability duration. */
            duration: (mesos.v1.DurationInfo|null);

            /**
             * Creates a new Unavailability instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Unavailability instance
             */
            static create(properties: mesos.v1.Unavailability.$Shape): mesos.v1.Unavailability & mesos.v1.Unavailability.$Shape;
            static create(properties?: mesos.v1.Unavailability.$Properties): mesos.v1.Unavailability;

            /**
             * Encodes the specified Unavailability message. Does not implicitly {@link mesos.v1.Unavailability.verify|verify} messages.
             * @param message Unavailability message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.v1.Unavailability.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Unavailability message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.v1.Unavailability & mesos.v1.Unavailability.$Shape} Unavailability
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.Unavailability & mesos.v1.Unavailability.$Shape;
        }

        namespace Unavailability {

            /** Properties of an Unavailability. */
            interface $Properties {

                /** Unavailability start */
                start: mesos.v1.TimeInfo.$Properties;

                /** Unavailability duration */
                duration?: (mesos.v1.DurationInfo.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Unavailability. */
            type $Shape = mesos.v1.Unavailability.$Properties;
        }

        /**
         * Properties of a Filters.
         * @deprecated Use mesos.v1.Filters.$Properties instead.
         */
        interface IFilters extends mesos.v1.Filters.$Properties {
        }

        /** Represents a Filters. */
        class Filters {

            /**
             * Constructs a new Filters.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.v1.Filters.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Filters refuse_seconds. */
            refuse_seconds: (number|null);

            /**
             * Creates a new Filters instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Filters instance
             */
            static create(properties: mesos.v1.Filters.$Shape): mesos.v1.Filters & mesos.v1.Filters.$Shape;
            static create(properties?: mesos.v1.Filters.$Properties): mesos.v1.Filters;

            /**
             * Encodes the specified Filters message. Does not implicitly {@link mesos.v1.Filters.verify|verify} messages.
             * @param message Filters message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.v1.Filters.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Filters message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.v1.Filters & mesos.v1.Filters.$Shape} Filters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.Filters & mesos.v1.Filters.$Shape;
        }

        namespace Filters {

            /** Properties of a Filters. */
            interface $Properties {

                /** Filters refuse_seconds */
                refuse_seconds?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Filters. */
            type $Shape = mesos.v1.Filters.$Properties;
        }

        /**
         * Properties of a KillPolicy.
         * @deprecated Use mesos.v1.KillPolicy.$Properties instead.
         */
        interface IKillPolicy extends mesos.v1.KillPolicy.$Properties {
        }

        /** Represents a KillPolicy. */
        class KillPolicy {

            /**
             * Constructs a new KillPolicy.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.v1.KillPolicy.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** KillPolicy grace_period. */
            grace_period: (mesos.v1.DurationInfo|null);

            /**
             * Creates a new KillPolicy instance using the specified properties.
             * @param [properties] Properties to set
             * @returns KillPolicy instance
             */
            static create(properties: mesos.v1.KillPolicy.$Shape): mesos.v1.KillPolicy & mesos.v1.KillPolicy.$Shape;
            static create(properties?: mesos.v1.KillPolicy.$Properties): mesos.v1.KillPolicy;

            /**
             * Encodes the specified KillPolicy message. Does not implicitly {@link mesos.v1.KillPolicy.verify|verify} messages.
             * @param message KillPolicy message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.v1.KillPolicy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a KillPolicy message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.v1.KillPolicy & mesos.v1.KillPolicy.$Shape} KillPolicy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.KillPolicy & mesos.v1.KillPolicy.$Shape;
        }

        namespace KillPolicy {

            /** Properties of a KillPolicy. */
            interface $Properties {

                /** KillPolicy grace_period */
                grace_period?: (mesos.v1.DurationInfo.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a KillPolicy. */
            type $Shape = mesos.v1.KillPolicy.$Properties;
        }

        /**
         * Properties of a Request.
         * @deprecated Use mesos.v1.Request.$Properties instead.
         */
        interface IRequest extends mesos.v1.Request.$Properties {
        }

        /** Represents a Request. */
        class Request {

            /**
             * Constructs a new Request.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.v1.Request.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Request agent_id. */
            agent_id: (mesos.v1.AgentID|null);

            /** Request resources. */
            resources: mesos.v1.Resource[];

            /**
             * Creates a new Request instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Request instance
             */
            static create(properties: mesos.v1.Request.$Shape): mesos.v1.Request & mesos.v1.Request.$Shape;
            static create(properties?: mesos.v1.Request.$Properties): mesos.v1.Request;

            /**
             * Encodes the specified Request message. Does not implicitly {@link mesos.v1.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.v1.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.v1.Request & mesos.v1.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.Request & mesos.v1.Request.$Shape;
        }

        namespace Request {

            /** Properties of a Request. */
            interface $Properties {

                /** Request agent_id */
                agent_id?: (mesos.v1.AgentID.$Properties|null);

                /** Request resources */
                resources?: mesos.v1.Resource.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Request. */
            type $Shape = mesos.v1.Request.$Properties;
        }

        /**
         * Properties of a FrameworkInfo.
         * @deprecated Use mesos.v1.FrameworkInfo.$Properties instead.
         */
        interface IFrameworkInfo extends mesos.v1.FrameworkInfo.$Properties {
        }

        /** Represents a FrameworkInfo. */
        class FrameworkInfo {

            /**
             * Constructs a new FrameworkInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.v1.FrameworkInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FrameworkInfo user. */
            user: string;

            /** FrameworkInfo name. */
            name: string;

            /** FrameworkInfo id. */
            id: (mesos.v1.FrameworkID|null);

            /** FrameworkInfo failover_timeout. */
            failover_timeout: (number|null);

            /** FrameworkInfo checkpoint. */
            checkpoint: (boolean|null);

            /** FrameworkInfo role. */
            role: (string|null);

            /** FrameworkInfo hostname. */
            hostname: (string|null);

            /** FrameworkInfo principal. */
            principal: (string|null);

            /** FrameworkInfo webui_url. */
            webui_url: (string|null);

            /** FrameworkInfo capabilities. */
            capabilities: mesos.v1.FrameworkInfo.Capability[];

            /** FrameworkInfo labels. */
            labels: (mesos.v1.Labels|null);

            /** FrameworkInfo roles. */
            roles: string[];

            /** FrameworkInfo offer_filters. */
            offer_filters: { [k: string]: mesos.v1.OfferFilters };

            /**
             * Creates a new FrameworkInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FrameworkInfo instance
             */
            static create(properties: mesos.v1.FrameworkInfo.$Shape): mesos.v1.FrameworkInfo & mesos.v1.FrameworkInfo.$Shape;
            static create(properties?: mesos.v1.FrameworkInfo.$Properties): mesos.v1.FrameworkInfo;

            /**
             * Encodes the specified FrameworkInfo message. Does not implicitly {@link mesos.v1.FrameworkInfo.verify|verify} messages.
             * @param message FrameworkInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.v1.FrameworkInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FrameworkInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.v1.FrameworkInfo & mesos.v1.FrameworkInfo.$Shape} FrameworkInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.FrameworkInfo & mesos.v1.FrameworkInfo.$Shape;
        }

        namespace FrameworkInfo {

            /** Properties of a FrameworkInfo. */
            interface $Properties {

                /** FrameworkInfo user */
                user: string;

                /** FrameworkInfo name */
                name: string;

                /** FrameworkInfo id */
                id?: (mesos.v1.FrameworkID.$Properties|null);

                /** FrameworkInfo failover_timeout */
                failover_timeout?: (number|null);

                /** FrameworkInfo checkpoint */
                checkpoint?: (boolean|null);

                /** FrameworkInfo role */
                role?: (string|null);

                /** FrameworkInfo hostname */
                hostname?: (string|null);

                /** FrameworkInfo principal */
                principal?: (string|null);

                /** FrameworkInfo webui_url */
                webui_url?: (string|null);

                /** FrameworkInfo capabilities */
                capabilities?: mesos.v1.FrameworkInfo.Capability.$Properties[];

                /** FrameworkInfo labels */
                labels?: (mesos.v1.Labels.$Properties|null);

                /** FrameworkInfo roles */
                roles?: string[];

                /** FrameworkInfo offer_filters */
                offer_filters?: { [k: string]: mesos.v1.OfferFilters.$Properties };

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FrameworkInfo. */
            type $Shape = mesos.v1.FrameworkInfo.$Properties;

            /**
             * Properties of a Capability.
             * @deprecated Use mesos.v1.FrameworkInfo.Capability.$Properties instead.
             */
            interface ICapability extends mesos.v1.FrameworkInfo.Capability.$Properties {
            }

            /** Represents a Capability. */
            class Capability {

                /**
                 * Constructs a new Capability.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mesos.v1.FrameworkInfo.Capability.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Capability type. */
                type: (mesos.v1.FrameworkInfo.Capability.Type|null);

                /**
                 * Creates a new Capability instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Capability instance
                 */
                static create(properties: mesos.v1.FrameworkInfo.Capability.$Shape): mesos.v1.FrameworkInfo.Capability & mesos.v1.FrameworkInfo.Capability.$Shape;
                static create(properties?: mesos.v1.FrameworkInfo.Capability.$Properties): mesos.v1.FrameworkInfo.Capability;

                /**
                 * Encodes the specified Capability message. Does not implicitly {@link mesos.v1.FrameworkInfo.Capability.verify|verify} messages.
                 * @param message Capability message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mesos.v1.FrameworkInfo.Capability.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Capability message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mesos.v1.FrameworkInfo.Capability & mesos.v1.FrameworkInfo.Capability.$Shape} Capability
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.FrameworkInfo.Capability & mesos.v1.FrameworkInfo.Capability.$Shape;
            }

            namespace Capability {

                /** Properties of a Capability. */
                interface $Properties {

                    /** Capability type */
                    type?: (mesos.v1.FrameworkInfo.Capability.Type|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Capability. */
                type $Shape = mesos.v1.FrameworkInfo.Capability.$Properties;

                /** Type enum. */
                enum Type {

                    /** UNKNOWN value */
                    UNKNOWN = 0,

                    /** REVOCABLE_RESOURCES value */
                    REVOCABLE_RESOURCES = 1,

                    /** TASK_KILLING_STATE value */
                    TASK_KILLING_STATE = 2,

                    /** GPU_RESOURCES value */
                    GPU_RESOURCES = 3,

                    /** SHARED_RESOURCES value */
                    SHARED_RESOURCES = 4,

                    /** PARTITION_AWARE value */
                    PARTITION_AWARE = 5,

                    /** MULTI_ROLE value */
                    MULTI_ROLE = 6,

                    /** RESERVATION_REFINEMENT value */
                    RESERVATION_REFINEMENT = 7,

                    /** REGION_AWARE value */
                    REGION_AWARE = 8
                }
            }
        }

        /**
         * Properties of a DomainInfo.
         * @deprecated Use mesos.v1.DomainInfo.$Properties instead.
         */
        interface IDomainInfo extends mesos.v1.DomainInfo.$Properties {
        }

        /** Represents a DomainInfo. */
        class DomainInfo {

            /**
             * Constructs a new DomainInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.v1.DomainInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DomainInfo fault_domain. */
            fault_domain: (mesos.v1.DomainInfo.FaultDomain|null);

            /**
             * Creates a new DomainInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DomainInfo instance
             */
            static create(properties: mesos.v1.DomainInfo.$Shape): mesos.v1.DomainInfo & mesos.v1.DomainInfo.$Shape;
            static create(properties?: mesos.v1.DomainInfo.$Properties): mesos.v1.DomainInfo;

            /**
             * Encodes the specified DomainInfo message. Does not implicitly {@link mesos.v1.DomainInfo.verify|verify} messages.
             * @param message DomainInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.v1.DomainInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DomainInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.v1.DomainInfo & mesos.v1.DomainInfo.$Shape} DomainInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.DomainInfo & mesos.v1.DomainInfo.$Shape;
        }

        namespace DomainInfo {

            /** Properties of a DomainInfo. */
            interface $Properties {

                /** DomainInfo fault_domain */
                fault_domain?: (mesos.v1.DomainInfo.FaultDomain.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DomainInfo. */
            type $Shape = mesos.v1.DomainInfo.$Properties;

            /**
             * Properties of a FaultDomain.
             * @deprecated Use mesos.v1.DomainInfo.FaultDomain.$Properties instead.
             */
            interface IFaultDomain extends mesos.v1.DomainInfo.FaultDomain.$Properties {
            }

            /** Represents a FaultDomain. */
            class FaultDomain {

                /**
                 * Constructs a new FaultDomain.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mesos.v1.DomainInfo.FaultDomain.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** FaultDomain region. */
                region: mesos.v1.DomainInfo.FaultDomain.RegionInfo;

                /** FaultDomain zone. */
                zone: mesos.v1.DomainInfo.FaultDomain.ZoneInfo;

                /**
                 * Creates a new FaultDomain instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns FaultDomain instance
                 */
                static create(properties: mesos.v1.DomainInfo.FaultDomain.$Shape): mesos.v1.DomainInfo.FaultDomain & mesos.v1.DomainInfo.FaultDomain.$Shape;
                static create(properties?: mesos.v1.DomainInfo.FaultDomain.$Properties): mesos.v1.DomainInfo.FaultDomain;

                /**
                 * Encodes the specified FaultDomain message. Does not implicitly {@link mesos.v1.DomainInfo.FaultDomain.verify|verify} messages.
                 * @param message FaultDomain message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mesos.v1.DomainInfo.FaultDomain.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a FaultDomain message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mesos.v1.DomainInfo.FaultDomain & mesos.v1.DomainInfo.FaultDomain.$Shape} FaultDomain
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.DomainInfo.FaultDomain & mesos.v1.DomainInfo.FaultDomain.$Shape;
            }

            namespace FaultDomain {

                /** Properties of a FaultDomain. */
                interface $Properties {

                    /** FaultDomain region */
                    region: mesos.v1.DomainInfo.FaultDomain.RegionInfo.$Properties;

                    /** FaultDomain zone */
                    zone: mesos.v1.DomainInfo.FaultDomain.ZoneInfo.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a FaultDomain. */
                type $Shape = mesos.v1.DomainInfo.FaultDomain.$Properties;

                /**
                 * Properties of a RegionInfo.
                 * @deprecated Use mesos.v1.DomainInfo.FaultDomain.RegionInfo.$Properties instead.
                 */
                interface IRegionInfo extends mesos.v1.DomainInfo.FaultDomain.RegionInfo.$Properties {
                }

                /** Represents a RegionInfo. */
                class RegionInfo {

                    /**
                     * Constructs a new RegionInfo.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.DomainInfo.FaultDomain.RegionInfo.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** RegionInfo name. */
                    name: string;

                    /**
                     * Creates a new RegionInfo instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns RegionInfo instance
                     */
                    static create(properties: mesos.v1.DomainInfo.FaultDomain.RegionInfo.$Shape): mesos.v1.DomainInfo.FaultDomain.RegionInfo & mesos.v1.DomainInfo.FaultDomain.RegionInfo.$Shape;
                    static create(properties?: mesos.v1.DomainInfo.FaultDomain.RegionInfo.$Properties): mesos.v1.DomainInfo.FaultDomain.RegionInfo;

                    /**
                     * Encodes the specified RegionInfo message. Does not implicitly {@link mesos.v1.DomainInfo.FaultDomain.RegionInfo.verify|verify} messages.
                     * @param message RegionInfo message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.DomainInfo.FaultDomain.RegionInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a RegionInfo message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.DomainInfo.FaultDomain.RegionInfo & mesos.v1.DomainInfo.FaultDomain.RegionInfo.$Shape} RegionInfo
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.DomainInfo.FaultDomain.RegionInfo & mesos.v1.DomainInfo.FaultDomain.RegionInfo.$Shape;
                }

                namespace RegionInfo {

                    /** Properties of a RegionInfo. */
                    interface $Properties {

                        /** RegionInfo name */
                        name: string;

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a RegionInfo. */
                    type $Shape = mesos.v1.DomainInfo.FaultDomain.RegionInfo.$Properties;
                }

                /**
                 * Properties of a ZoneInfo.
                 * @deprecated Use mesos.v1.DomainInfo.FaultDomain.ZoneInfo.$Properties instead.
                 */
                interface IZoneInfo extends mesos.v1.DomainInfo.FaultDomain.ZoneInfo.$Properties {
                }

                /** Represents a ZoneInfo. */
                class ZoneInfo {

                    /**
                     * Constructs a new ZoneInfo.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.DomainInfo.FaultDomain.ZoneInfo.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** ZoneInfo name. */
                    name: string;

                    /**
                     * Creates a new ZoneInfo instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ZoneInfo instance
                     */
                    static create(properties: mesos.v1.DomainInfo.FaultDomain.ZoneInfo.$Shape): mesos.v1.DomainInfo.FaultDomain.ZoneInfo & mesos.v1.DomainInfo.FaultDomain.ZoneInfo.$Shape;
                    static create(properties?: mesos.v1.DomainInfo.FaultDomain.ZoneInfo.$Properties): mesos.v1.DomainInfo.FaultDomain.ZoneInfo;

                    /**
                     * Encodes the specified ZoneInfo message. Does not implicitly {@link mesos.v1.DomainInfo.FaultDomain.ZoneInfo.verify|verify} messages.
                     * @param message ZoneInfo message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.DomainInfo.FaultDomain.ZoneInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ZoneInfo message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.DomainInfo.FaultDomain.ZoneInfo & mesos.v1.DomainInfo.FaultDomain.ZoneInfo.$Shape} ZoneInfo
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.DomainInfo.FaultDomain.ZoneInfo & mesos.v1.DomainInfo.FaultDomain.ZoneInfo.$Shape;
                }

                namespace ZoneInfo {

                    /** Properties of a ZoneInfo. */
                    interface $Properties {

                        /** ZoneInfo name */
                        name: string;

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a ZoneInfo. */
                    type $Shape = mesos.v1.DomainInfo.FaultDomain.ZoneInfo.$Properties;
                }
            }
        }

        /**
         * Properties of a MasterInfo.
         * @deprecated Use mesos.v1.MasterInfo.$Properties instead.
         */
        interface IMasterInfo extends mesos.v1.MasterInfo.$Properties {
        }

        /** Represents a MasterInfo. */
        class MasterInfo {

            /**
             * Constructs a new MasterInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.v1.MasterInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MasterInfo id. */
            id: string;

            /** MasterInfo ip. */
            ip: number;

            /** MasterInfo port. */
            port: number;

            /** MasterInfo pid. */
            pid: (string|null);

            /** MasterInfo hostname. */
            hostname: (string|null);

            /** MasterInfo version. */
            version: (string|null);

            /** MasterInfo address. */
            address: (mesos.v1.Address|null);

            /** MasterInfo domain. */
            domain: (mesos.v1.DomainInfo|null);

            /** MasterInfo capabilities. */
            capabilities: mesos.v1.MasterInfo.Capability[];

            /**
             * Creates a new MasterInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MasterInfo instance
             */
            static create(properties: mesos.v1.MasterInfo.$Shape): mesos.v1.MasterInfo & mesos.v1.MasterInfo.$Shape;
            static create(properties?: mesos.v1.MasterInfo.$Properties): mesos.v1.MasterInfo;

            /**
             * Encodes the specified MasterInfo message. Does not implicitly {@link mesos.v1.MasterInfo.verify|verify} messages.
             * @param message MasterInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.v1.MasterInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MasterInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.v1.MasterInfo & mesos.v1.MasterInfo.$Shape} MasterInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.MasterInfo & mesos.v1.MasterInfo.$Shape;
        }

        namespace MasterInfo {

            /** Properties of a MasterInfo. */
            interface $Properties {

                /** MasterInfo id */
                id: string;

                /** MasterInfo ip */
                ip: number;

                /** MasterInfo port */
                port: number;

                /** MasterInfo pid */
                pid?: (string|null);

                /** MasterInfo hostname */
                hostname?: (string|null);

                /** MasterInfo version */
                version?: (string|null);

                /** MasterInfo address */
                address?: (mesos.v1.Address.$Properties|null);

                /** MasterInfo domain */
                domain?: (mesos.v1.DomainInfo.$Properties|null);

                /** MasterInfo capabilities */
                capabilities?: mesos.v1.MasterInfo.Capability.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MasterInfo. */
            type $Shape = mesos.v1.MasterInfo.$Properties;

            /**
             * Properties of a Capability.
             * @deprecated Use mesos.v1.MasterInfo.Capability.$Properties instead.
             */
            interface ICapability extends mesos.v1.MasterInfo.Capability.$Properties {
            }

            /** Represents a Capability. */
            class Capability {

                /**
                 * Constructs a new Capability.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mesos.v1.MasterInfo.Capability.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Capability type. */
                type: (mesos.v1.MasterInfo.Capability.Type|null);

                /**
                 * Creates a new Capability instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Capability instance
                 */
                static create(properties: mesos.v1.MasterInfo.Capability.$Shape): mesos.v1.MasterInfo.Capability & mesos.v1.MasterInfo.Capability.$Shape;
                static create(properties?: mesos.v1.MasterInfo.Capability.$Properties): mesos.v1.MasterInfo.Capability;

                /**
                 * Encodes the specified Capability message. Does not implicitly {@link mesos.v1.MasterInfo.Capability.verify|verify} messages.
                 * @param message Capability message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mesos.v1.MasterInfo.Capability.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Capability message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mesos.v1.MasterInfo.Capability & mesos.v1.MasterInfo.Capability.$Shape} Capability
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.MasterInfo.Capability & mesos.v1.MasterInfo.Capability.$Shape;
            }

            namespace Capability {

                /** Properties of a Capability. */
                interface $Properties {

                    /** Capability type */
                    type?: (mesos.v1.MasterInfo.Capability.Type|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Capability. */
                type $Shape = mesos.v1.MasterInfo.Capability.$Properties;

                /** Type enum. */
                enum Type {

                    /** UNKNOWN value */
                    UNKNOWN = 0,

                    /** AGENT_UPDATE value */
                    AGENT_UPDATE = 1,

                    /** AGENT_DRAINING value */
                    AGENT_DRAINING = 2,

                    /** QUOTA_V2 value */
                    QUOTA_V2 = 3
                }
            }
        }

        /**
         * Properties of an AgentInfo.
         * @deprecated Use mesos.v1.AgentInfo.$Properties instead.
         */
        interface IAgentInfo extends mesos.v1.AgentInfo.$Properties {
        }

        /** Represents an AgentInfo. */
        class AgentInfo {

            /**
             * Constructs a new AgentInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.v1.AgentInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AgentInfo hostname. */
            hostname: string;

            /** AgentInfo resources. */
            resources: mesos.v1.Resource[];

            /** AgentInfo attributes. */
            attributes: mesos.v1.Attribute[];

            /** AgentInfo id. */
            id: (mesos.v1.AgentID|null);

            /** AgentInfo port. */
            port: (number|null);

            /** AgentInfo domain. */
            domain: (mesos.v1.DomainInfo|null);

            /**
             * Creates a new AgentInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AgentInfo instance
             */
            static create(properties: mesos.v1.AgentInfo.$Shape): mesos.v1.AgentInfo & mesos.v1.AgentInfo.$Shape;
            static create(properties?: mesos.v1.AgentInfo.$Properties): mesos.v1.AgentInfo;

            /**
             * Encodes the specified AgentInfo message. Does not implicitly {@link mesos.v1.AgentInfo.verify|verify} messages.
             * @param message AgentInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.v1.AgentInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AgentInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.v1.AgentInfo & mesos.v1.AgentInfo.$Shape} AgentInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.AgentInfo & mesos.v1.AgentInfo.$Shape;
        }

        namespace AgentInfo {

            /** Properties of an AgentInfo. */
            interface $Properties {

                /** AgentInfo hostname */
                hostname: string;

                /** AgentInfo resources */
                resources?: mesos.v1.Resource.$Properties[];

                /** AgentInfo attributes */
                attributes?: mesos.v1.Attribute.$Properties[];

                /** AgentInfo id */
                id?: (mesos.v1.AgentID.$Properties|null);

                /** AgentInfo port */
                port?: (number|null);

                /** AgentInfo domain */
                domain?: (mesos.v1.DomainInfo.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AgentInfo. */
            type $Shape = mesos.v1.AgentInfo.$Properties;
        }

        /**
         * Properties of a Value.
         * @deprecated Use mesos.v1.Value.$Properties instead.
         */
        interface IValue extends mesos.v1.Value.$Properties {
        }

        /** Represents a Value. */
        class Value {

            /**
             * Constructs a new Value.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.v1.Value.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Value type. */
            type: mesos.v1.Value.Type;

            /** Value scalar. */
            scalar: (mesos.v1.Value.Scalar|null);

            /** Value ranges. */
            ranges: (mesos.v1.Value.Ranges|null);

            /** Value set. */
            set: (mesos.v1.Value.Set|null);

            /** Value text. */
            text: (mesos.v1.Value.Text|null);

            /**
             * Creates a new Value instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Value instance
             */
            static create(properties: mesos.v1.Value.$Shape): mesos.v1.Value & mesos.v1.Value.$Shape;
            static create(properties?: mesos.v1.Value.$Properties): mesos.v1.Value;

            /**
             * Encodes the specified Value message. Does not implicitly {@link mesos.v1.Value.verify|verify} messages.
             * @param message Value message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.v1.Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Value message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.v1.Value & mesos.v1.Value.$Shape} Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.Value & mesos.v1.Value.$Shape;
        }

        namespace Value {

            /** Properties of a Value. */
            interface $Properties {

                /** Value type */
                type: mesos.v1.Value.Type;

                /** Value scalar */
                scalar?: (mesos.v1.Value.Scalar.$Properties|null);

                /** Value ranges */
                ranges?: (mesos.v1.Value.Ranges.$Properties|null);

                /** Value set */
                set?: (mesos.v1.Value.Set.$Properties|null);

                /** Value text */
                text?: (mesos.v1.Value.Text.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Value. */
            type $Shape = mesos.v1.Value.$Properties;

            /** Type enum. */
            enum Type {

                /** SCALAR value */
                SCALAR = 0,

                /** RANGES value */
                RANGES = 1,

                /** SET value */
                SET = 2,

                /** TEXT value */
                TEXT = 3
            }

            /**
             * Properties of a Scalar.
             * @deprecated Use mesos.v1.Value.Scalar.$Properties instead.
             */
            interface IScalar extends mesos.v1.Value.Scalar.$Properties {
            }

            /** Represents a Scalar. */
            class Scalar {

                /**
                 * Constructs a new Scalar.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mesos.v1.Value.Scalar.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Scalar value. */
                value: number;

                /**
                 * Creates a new Scalar instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Scalar instance
                 */
                static create(properties: mesos.v1.Value.Scalar.$Shape): mesos.v1.Value.Scalar & mesos.v1.Value.Scalar.$Shape;
                static create(properties?: mesos.v1.Value.Scalar.$Properties): mesos.v1.Value.Scalar;

                /**
                 * Encodes the specified Scalar message. Does not implicitly {@link mesos.v1.Value.Scalar.verify|verify} messages.
                 * @param message Scalar message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mesos.v1.Value.Scalar.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Scalar message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mesos.v1.Value.Scalar & mesos.v1.Value.Scalar.$Shape} Scalar
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.Value.Scalar & mesos.v1.Value.Scalar.$Shape;
            }

            namespace Scalar {

                /** Properties of a Scalar. */
                interface $Properties {

                    /** Scalar value */
                    value: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Scalar. */
                type $Shape = mesos.v1.Value.Scalar.$Properties;
            }

            /**
             * Properties of a Range.
             * @deprecated Use mesos.v1.Value.Range.$Properties instead.
             */
            interface IRange extends mesos.v1.Value.Range.$Properties {
            }

            /** Represents a Range. */
            class Range {

                /**
                 * Constructs a new Range.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mesos.v1.Value.Range.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Range begin. */
                begin: number;

                /** Range end. */
                end: number;

                /**
                 * Creates a new Range instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Range instance
                 */
                static create(properties: mesos.v1.Value.Range.$Shape): mesos.v1.Value.Range & mesos.v1.Value.Range.$Shape;
                static create(properties?: mesos.v1.Value.Range.$Properties): mesos.v1.Value.Range;

                /**
                 * Encodes the specified Range message. Does not implicitly {@link mesos.v1.Value.Range.verify|verify} messages.
                 * @param message Range message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mesos.v1.Value.Range.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Range message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mesos.v1.Value.Range & mesos.v1.Value.Range.$Shape} Range
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.Value.Range & mesos.v1.Value.Range.$Shape;
            }

            namespace Range {

                /** Properties of a Range. */
                interface $Properties {

                    /** Range begin */
                    begin: number;

                    /** Range end */
                    end: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Range. */
                type $Shape = mesos.v1.Value.Range.$Properties;
            }

            /**
             * Properties of a Ranges.
             * @deprecated Use mesos.v1.Value.Ranges.$Properties instead.
             */
            interface IRanges extends mesos.v1.Value.Ranges.$Properties {
            }

            /** Represents a Ranges. */
            class Ranges {

                /**
                 * Constructs a new Ranges.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mesos.v1.Value.Ranges.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Ranges range. */
                range: mesos.v1.Value.Range[];

                /**
                 * Creates a new Ranges instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Ranges instance
                 */
                static create(properties: mesos.v1.Value.Ranges.$Shape): mesos.v1.Value.Ranges & mesos.v1.Value.Ranges.$Shape;
                static create(properties?: mesos.v1.Value.Ranges.$Properties): mesos.v1.Value.Ranges;

                /**
                 * Encodes the specified Ranges message. Does not implicitly {@link mesos.v1.Value.Ranges.verify|verify} messages.
                 * @param message Ranges message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mesos.v1.Value.Ranges.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Ranges message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mesos.v1.Value.Ranges & mesos.v1.Value.Ranges.$Shape} Ranges
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.Value.Ranges & mesos.v1.Value.Ranges.$Shape;
            }

            namespace Ranges {

                /** Properties of a Ranges. */
                interface $Properties {

                    /** Ranges range */
                    range?: mesos.v1.Value.Range.$Properties[];

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Ranges. */
                type $Shape = mesos.v1.Value.Ranges.$Properties;
            }

            /**
             * Properties of a Set.
             * @deprecated Use mesos.v1.Value.Set.$Properties instead.
             */
            interface ISet extends mesos.v1.Value.Set.$Properties {
            }

            /** Represents a Set. */
            class Set {

                /**
                 * Constructs a new Set.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mesos.v1.Value.Set.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Set item. */
                item: string[];

                /**
                 * Creates a new Set instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Set instance
                 */
                static create(properties: mesos.v1.Value.Set.$Shape): mesos.v1.Value.Set & mesos.v1.Value.Set.$Shape;
                static create(properties?: mesos.v1.Value.Set.$Properties): mesos.v1.Value.Set;

                /**
                 * Encodes the specified Set message. Does not implicitly {@link mesos.v1.Value.Set.verify|verify} messages.
                 * @param message Set message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mesos.v1.Value.Set.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Set message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mesos.v1.Value.Set & mesos.v1.Value.Set.$Shape} Set
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.Value.Set & mesos.v1.Value.Set.$Shape;
            }

            namespace Set {

                /** Properties of a Set. */
                interface $Properties {

                    /** Set item */
                    item?: string[];

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Set. */
                type $Shape = mesos.v1.Value.Set.$Properties;
            }

            /**
             * Properties of a Text.
             * @deprecated Use mesos.v1.Value.Text.$Properties instead.
             */
            interface IText extends mesos.v1.Value.Text.$Properties {
            }

            /** Represents a Text. */
            class Text {

                /**
                 * Constructs a new Text.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mesos.v1.Value.Text.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Text value. */
                value: string;

                /**
                 * Creates a new Text instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Text instance
                 */
                static create(properties: mesos.v1.Value.Text.$Shape): mesos.v1.Value.Text & mesos.v1.Value.Text.$Shape;
                static create(properties?: mesos.v1.Value.Text.$Properties): mesos.v1.Value.Text;

                /**
                 * Encodes the specified Text message. Does not implicitly {@link mesos.v1.Value.Text.verify|verify} messages.
                 * @param message Text message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mesos.v1.Value.Text.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Text message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mesos.v1.Value.Text & mesos.v1.Value.Text.$Shape} Text
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.Value.Text & mesos.v1.Value.Text.$Shape;
            }

            namespace Text {

                /** Properties of a Text. */
                interface $Properties {

                    /** Text value */
                    value: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Text. */
                type $Shape = mesos.v1.Value.Text.$Properties;
            }
        }

        /**
         * Properties of an Attribute.
         * @deprecated Use mesos.v1.Attribute.$Properties instead.
         */
        interface IAttribute extends mesos.v1.Attribute.$Properties {
        }

        /** Represents an Attribute. */
        class Attribute {

            /**
             * Constructs a new Attribute.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.v1.Attribute.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Attribute name. */
            name: string;

            /** Attribute type. */
            type: mesos.v1.Value.Type;

            /** Attribute scalar. */
            scalar: (mesos.v1.Value.Scalar|null);

            /** Attribute ranges. */
            ranges: (mesos.v1.Value.Ranges|null);

            /** Attribute set. */
            set: (mesos.v1.Value.Set|null);

            /** Attribute text. */
            text: (mesos.v1.Value.Text|null);

            /**
             * Creates a new Attribute instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Attribute instance
             */
            static create(properties: mesos.v1.Attribute.$Shape): mesos.v1.Attribute & mesos.v1.Attribute.$Shape;
            static create(properties?: mesos.v1.Attribute.$Properties): mesos.v1.Attribute;

            /**
             * Encodes the specified Attribute message. Does not implicitly {@link mesos.v1.Attribute.verify|verify} messages.
             * @param message Attribute message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.v1.Attribute.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Attribute message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.v1.Attribute & mesos.v1.Attribute.$Shape} Attribute
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.Attribute & mesos.v1.Attribute.$Shape;
        }

        namespace Attribute {

            /** Properties of an Attribute. */
            interface $Properties {

                /** Attribute name */
                name: string;

                /** Attribute type */
                type: mesos.v1.Value.Type;

                /** Attribute scalar */
                scalar?: (mesos.v1.Value.Scalar.$Properties|null);

                /** Attribute ranges */
                ranges?: (mesos.v1.Value.Ranges.$Properties|null);

                /** Attribute set */
                set?: (mesos.v1.Value.Set.$Properties|null);

                /** Attribute text */
                text?: (mesos.v1.Value.Text.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Attribute. */
            type $Shape = mesos.v1.Attribute.$Properties;
        }

        /**
         * Properties of a Resource.
         * @deprecated Use mesos.v1.Resource.$Properties instead.
         */
        interface IResource extends mesos.v1.Resource.$Properties {
        }

        /** Represents a Resource. */
        class Resource {

            /**
             * Constructs a new Resource.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.v1.Resource.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Resource provider_id. */
            provider_id: (mesos.v1.ResourceProviderID|null);

            /** Resource name. */
            name: string;

            /** Resource type. */
            type: mesos.v1.Value.Type;

            /** Resource scalar. */
            scalar: (mesos.v1.Value.Scalar|null);

            /** Resource ranges. */
            ranges: (mesos.v1.Value.Ranges|null);

            /** Resource set. */
            set: (mesos.v1.Value.Set|null);

            /** Resource role. */
            role: (string|null);

            /** Resource allocation_info. */
            allocation_info: (mesos.v1.Resource.AllocationInfo|null);

            /** Resource reservation. */
            reservation: (mesos.v1.Resource.ReservationInfo|null);

            /** Resource reservations. */
            reservations: mesos.v1.Resource.ReservationInfo[];

            /** Resource disk. */
            disk: (mesos.v1.Resource.DiskInfo|null);

            /** Resource revocable. */
            revocable: (mesos.v1.Resource.RevocableInfo|null);

            /** Resource shared. */
            shared: (mesos.v1.Resource.SharedInfo|null);

            /**
             * Creates a new Resource instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Resource instance
             */
            static create(properties: mesos.v1.Resource.$Shape): mesos.v1.Resource & mesos.v1.Resource.$Shape;
            static create(properties?: mesos.v1.Resource.$Properties): mesos.v1.Resource;

            /**
             * Encodes the specified Resource message. Does not implicitly {@link mesos.v1.Resource.verify|verify} messages.
             * @param message Resource message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.v1.Resource.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Resource message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.v1.Resource & mesos.v1.Resource.$Shape} Resource
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.Resource & mesos.v1.Resource.$Shape;
        }

        namespace Resource {

            /** Properties of a Resource. */
            interface $Properties {

                /** Resource provider_id */
                provider_id?: (mesos.v1.ResourceProviderID.$Properties|null);

                /** Resource name */
                name: string;

                /** Resource type */
                type: mesos.v1.Value.Type;

                /** Resource scalar */
                scalar?: (mesos.v1.Value.Scalar.$Properties|null);

                /** Resource ranges */
                ranges?: (mesos.v1.Value.Ranges.$Properties|null);

                /** Resource set */
                set?: (mesos.v1.Value.Set.$Properties|null);

                /** Resource role */
                role?: (string|null);

                /** Resource allocation_info */
                allocation_info?: (mesos.v1.Resource.AllocationInfo.$Properties|null);

                /** Resource reservation */
                reservation?: (mesos.v1.Resource.ReservationInfo.$Properties|null);

                /** Resource reservations */
                reservations?: mesos.v1.Resource.ReservationInfo.$Properties[];

                /** Resource disk */
                disk?: (mesos.v1.Resource.DiskInfo.$Properties|null);

                /** Resource revocable */
                revocable?: (mesos.v1.Resource.RevocableInfo.$Properties|null);

                /** Resource shared */
                shared?: (mesos.v1.Resource.SharedInfo.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Resource. */
            type $Shape = mesos.v1.Resource.$Properties;

            /**
             * Properties of an AllocationInfo.
             * @deprecated Use mesos.v1.Resource.AllocationInfo.$Properties instead.
             */
            interface IAllocationInfo extends mesos.v1.Resource.AllocationInfo.$Properties {
            }

            /** Represents an AllocationInfo. */
            class AllocationInfo {

                /**
                 * Constructs a new AllocationInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mesos.v1.Resource.AllocationInfo.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AllocationInfo role. */
                role: (string|null);

                /**
                 * Creates a new AllocationInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AllocationInfo instance
                 */
                static create(properties: mesos.v1.Resource.AllocationInfo.$Shape): mesos.v1.Resource.AllocationInfo & mesos.v1.Resource.AllocationInfo.$Shape;
                static create(properties?: mesos.v1.Resource.AllocationInfo.$Properties): mesos.v1.Resource.AllocationInfo;

                /**
                 * Encodes the specified AllocationInfo message. Does not implicitly {@link mesos.v1.Resource.AllocationInfo.verify|verify} messages.
                 * @param message AllocationInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mesos.v1.Resource.AllocationInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AllocationInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mesos.v1.Resource.AllocationInfo & mesos.v1.Resource.AllocationInfo.$Shape} AllocationInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.Resource.AllocationInfo & mesos.v1.Resource.AllocationInfo.$Shape;
            }

            namespace AllocationInfo {

                /** Properties of an AllocationInfo. */
                interface $Properties {

                    /** AllocationInfo role */
                    role?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AllocationInfo. */
                type $Shape = mesos.v1.Resource.AllocationInfo.$Properties;
            }

            /**
             * Properties of a ReservationInfo.
             * @deprecated Use mesos.v1.Resource.ReservationInfo.$Properties instead.
             */
            interface IReservationInfo extends mesos.v1.Resource.ReservationInfo.$Properties {
            }

            /** Represents a ReservationInfo. */
            class ReservationInfo {

                /**
                 * Constructs a new ReservationInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mesos.v1.Resource.ReservationInfo.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ReservationInfo type. */
                type: (mesos.v1.Resource.ReservationInfo.Type|null);

                /** ReservationInfo role. */
                role: (string|null);

                /** ReservationInfo principal. */
                principal: (string|null);

                /** ReservationInfo labels. */
                labels: (mesos.v1.Labels|null);

                /**
                 * Creates a new ReservationInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ReservationInfo instance
                 */
                static create(properties: mesos.v1.Resource.ReservationInfo.$Shape): mesos.v1.Resource.ReservationInfo & mesos.v1.Resource.ReservationInfo.$Shape;
                static create(properties?: mesos.v1.Resource.ReservationInfo.$Properties): mesos.v1.Resource.ReservationInfo;

                /**
                 * Encodes the specified ReservationInfo message. Does not implicitly {@link mesos.v1.Resource.ReservationInfo.verify|verify} messages.
                 * @param message ReservationInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mesos.v1.Resource.ReservationInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ReservationInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mesos.v1.Resource.ReservationInfo & mesos.v1.Resource.ReservationInfo.$Shape} ReservationInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.Resource.ReservationInfo & mesos.v1.Resource.ReservationInfo.$Shape;
            }

            namespace ReservationInfo {

                /** Properties of a ReservationInfo. */
                interface $Properties {

                    /** ReservationInfo type */
                    type?: (mesos.v1.Resource.ReservationInfo.Type|null);

                    /** ReservationInfo role */
                    role?: (string|null);

                    /** ReservationInfo principal */
                    principal?: (string|null);

                    /** ReservationInfo labels */
                    labels?: (mesos.v1.Labels.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ReservationInfo. */
                type $Shape = mesos.v1.Resource.ReservationInfo.$Properties;

                /** Type enum. */
                enum Type {

                    /** UNKNOWN value */
                    UNKNOWN = 0,

                    /** STATIC value */
                    STATIC = 1,

                    /** DYNAMIC value */
                    DYNAMIC = 2
                }
            }

            /**
             * Properties of a DiskInfo.
             * @deprecated Use mesos.v1.Resource.DiskInfo.$Properties instead.
             */
            interface IDiskInfo extends mesos.v1.Resource.DiskInfo.$Properties {
            }

            /** Represents a DiskInfo. */
            class DiskInfo {

                /**
                 * Constructs a new DiskInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mesos.v1.Resource.DiskInfo.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DiskInfo persistence. */
                persistence: (mesos.v1.Resource.DiskInfo.Persistence|null);

                /** DiskInfo volume. */
                volume: (mesos.v1.Volume|null);

                /** DiskInfo source. */
                source: (mesos.v1.Resource.DiskInfo.Source|null);

                /**
                 * Creates a new DiskInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DiskInfo instance
                 */
                static create(properties: mesos.v1.Resource.DiskInfo.$Shape): mesos.v1.Resource.DiskInfo & mesos.v1.Resource.DiskInfo.$Shape;
                static create(properties?: mesos.v1.Resource.DiskInfo.$Properties): mesos.v1.Resource.DiskInfo;

                /**
                 * Encodes the specified DiskInfo message. Does not implicitly {@link mesos.v1.Resource.DiskInfo.verify|verify} messages.
                 * @param message DiskInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mesos.v1.Resource.DiskInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DiskInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mesos.v1.Resource.DiskInfo & mesos.v1.Resource.DiskInfo.$Shape} DiskInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.Resource.DiskInfo & mesos.v1.Resource.DiskInfo.$Shape;
            }

            namespace DiskInfo {

                /** Properties of a DiskInfo. */
                interface $Properties {

                    /** DiskInfo persistence */
                    persistence?: (mesos.v1.Resource.DiskInfo.Persistence.$Properties|null);

                    /** DiskInfo volume */
                    volume?: (mesos.v1.Volume.$Properties|null);

                    /** DiskInfo source */
                    source?: (mesos.v1.Resource.DiskInfo.Source.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DiskInfo. */
                type $Shape = mesos.v1.Resource.DiskInfo.$Properties;

                /**
                 * Properties of a Persistence.
                 * @deprecated Use mesos.v1.Resource.DiskInfo.Persistence.$Properties instead.
                 */
                interface IPersistence extends mesos.v1.Resource.DiskInfo.Persistence.$Properties {
                }

                /** Represents a Persistence. */
                class Persistence {

                    /**
                     * Constructs a new Persistence.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.Resource.DiskInfo.Persistence.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Persistence id. */
                    id: string;

                    /** Persistence principal. */
                    principal: (string|null);

                    /**
                     * Creates a new Persistence instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Persistence instance
                     */
                    static create(properties: mesos.v1.Resource.DiskInfo.Persistence.$Shape): mesos.v1.Resource.DiskInfo.Persistence & mesos.v1.Resource.DiskInfo.Persistence.$Shape;
                    static create(properties?: mesos.v1.Resource.DiskInfo.Persistence.$Properties): mesos.v1.Resource.DiskInfo.Persistence;

                    /**
                     * Encodes the specified Persistence message. Does not implicitly {@link mesos.v1.Resource.DiskInfo.Persistence.verify|verify} messages.
                     * @param message Persistence message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.Resource.DiskInfo.Persistence.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Persistence message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.Resource.DiskInfo.Persistence & mesos.v1.Resource.DiskInfo.Persistence.$Shape} Persistence
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.Resource.DiskInfo.Persistence & mesos.v1.Resource.DiskInfo.Persistence.$Shape;
                }

                namespace Persistence {

                    /** Properties of a Persistence. */
                    interface $Properties {

                        /** Persistence id */
                        id: string;

                        /** Persistence principal */
                        principal?: (string|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Persistence. */
                    type $Shape = mesos.v1.Resource.DiskInfo.Persistence.$Properties;
                }

                /**
                 * Properties of a Source.
                 * @deprecated Use mesos.v1.Resource.DiskInfo.Source.$Properties instead.
                 */
                interface ISource extends mesos.v1.Resource.DiskInfo.Source.$Properties {
                }

                /** Represents a Source. */
                class Source {

                    /**
                     * Constructs a new Source.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.Resource.DiskInfo.Source.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Source type. */
                    type: mesos.v1.Resource.DiskInfo.Source.Type;

                    /** Source path. */
                    path: (mesos.v1.Resource.DiskInfo.Source.Path|null);

                    /** Source mount. */
                    mount: (mesos.v1.Resource.DiskInfo.Source.Mount|null);

                    /** Source id. */
                    id: (string|null);

                    /** Source metadata. */
                    metadata: (mesos.v1.Labels|null);

                    /** Source profile. */
                    profile: (string|null);

                    /** Source vendor. */
                    vendor: (string|null);

                    /**
                     * Creates a new Source instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Source instance
                     */
                    static create(properties: mesos.v1.Resource.DiskInfo.Source.$Shape): mesos.v1.Resource.DiskInfo.Source & mesos.v1.Resource.DiskInfo.Source.$Shape;
                    static create(properties?: mesos.v1.Resource.DiskInfo.Source.$Properties): mesos.v1.Resource.DiskInfo.Source;

                    /**
                     * Encodes the specified Source message. Does not implicitly {@link mesos.v1.Resource.DiskInfo.Source.verify|verify} messages.
                     * @param message Source message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.Resource.DiskInfo.Source.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Source message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.Resource.DiskInfo.Source & mesos.v1.Resource.DiskInfo.Source.$Shape} Source
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.Resource.DiskInfo.Source & mesos.v1.Resource.DiskInfo.Source.$Shape;
                }

                namespace Source {

                    /** Properties of a Source. */
                    interface $Properties {

                        /** Source type */
                        type: mesos.v1.Resource.DiskInfo.Source.Type;

                        /** Source path */
                        path?: (mesos.v1.Resource.DiskInfo.Source.Path.$Properties|null);

                        /** Source mount */
                        mount?: (mesos.v1.Resource.DiskInfo.Source.Mount.$Properties|null);

                        /** Source id */
                        id?: (string|null);

                        /** Source metadata */
                        metadata?: (mesos.v1.Labels.$Properties|null);

                        /** Source profile */
                        profile?: (string|null);

                        /** Source vendor */
                        vendor?: (string|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Source. */
                    type $Shape = mesos.v1.Resource.DiskInfo.Source.$Properties;

                    /** Type enum. */
                    enum Type {

                        /** UNKNOWN value */
                        UNKNOWN = 0,

                        /** PATH value */
                        PATH = 1,

                        /** MOUNT value */
                        MOUNT = 2,

                        /** BLOCK value */
                        BLOCK = 3,

                        /** RAW value */
                        RAW = 4
                    }

                    /**
                     * Properties of a Path.
                     * @deprecated Use mesos.v1.Resource.DiskInfo.Source.Path.$Properties instead.
                     */
                    interface IPath extends mesos.v1.Resource.DiskInfo.Source.Path.$Properties {
                    }

                    /** Represents a Path. */
                    class Path {

                        /**
                         * Constructs a new Path.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: mesos.v1.Resource.DiskInfo.Source.Path.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /** Path root. */
                        root: (string|null);

                        /**
                         * Creates a new Path instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns Path instance
                         */
                        static create(properties: mesos.v1.Resource.DiskInfo.Source.Path.$Shape): mesos.v1.Resource.DiskInfo.Source.Path & mesos.v1.Resource.DiskInfo.Source.Path.$Shape;
                        static create(properties?: mesos.v1.Resource.DiskInfo.Source.Path.$Properties): mesos.v1.Resource.DiskInfo.Source.Path;

                        /**
                         * Encodes the specified Path message. Does not implicitly {@link mesos.v1.Resource.DiskInfo.Source.Path.verify|verify} messages.
                         * @param message Path message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        static encode(message: mesos.v1.Resource.DiskInfo.Source.Path.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a Path message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns {mesos.v1.Resource.DiskInfo.Source.Path & mesos.v1.Resource.DiskInfo.Source.Path.$Shape} Path
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.Resource.DiskInfo.Source.Path & mesos.v1.Resource.DiskInfo.Source.Path.$Shape;
                    }

                    namespace Path {

                        /** Properties of a Path. */
                        interface $Properties {

                            /** Path root */
                            root?: (string|null);

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of a Path. */
                        type $Shape = mesos.v1.Resource.DiskInfo.Source.Path.$Properties;
                    }

                    /**
                     * Properties of a Mount.
                     * @deprecated Use mesos.v1.Resource.DiskInfo.Source.Mount.$Properties instead.
                     */
                    interface IMount extends mesos.v1.Resource.DiskInfo.Source.Mount.$Properties {
                    }

                    /** Represents a Mount. */
                    class Mount {

                        /**
                         * Constructs a new Mount.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: mesos.v1.Resource.DiskInfo.Source.Mount.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /** Mount root. */
                        root: (string|null);

                        /**
                         * Creates a new Mount instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns Mount instance
                         */
                        static create(properties: mesos.v1.Resource.DiskInfo.Source.Mount.$Shape): mesos.v1.Resource.DiskInfo.Source.Mount & mesos.v1.Resource.DiskInfo.Source.Mount.$Shape;
                        static create(properties?: mesos.v1.Resource.DiskInfo.Source.Mount.$Properties): mesos.v1.Resource.DiskInfo.Source.Mount;

                        /**
                         * Encodes the specified Mount message. Does not implicitly {@link mesos.v1.Resource.DiskInfo.Source.Mount.verify|verify} messages.
                         * @param message Mount message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        static encode(message: mesos.v1.Resource.DiskInfo.Source.Mount.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a Mount message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns {mesos.v1.Resource.DiskInfo.Source.Mount & mesos.v1.Resource.DiskInfo.Source.Mount.$Shape} Mount
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.Resource.DiskInfo.Source.Mount & mesos.v1.Resource.DiskInfo.Source.Mount.$Shape;
                    }

                    namespace Mount {

                        /** Properties of a Mount. */
                        interface $Properties {

                            /** Mount root */
                            root?: (string|null);

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of a Mount. */
                        type $Shape = mesos.v1.Resource.DiskInfo.Source.Mount.$Properties;
                    }
                }
            }

            /**
             * Properties of a RevocableInfo.
             * @deprecated Use mesos.v1.Resource.RevocableInfo.$Properties instead.
             */
            interface IRevocableInfo extends mesos.v1.Resource.RevocableInfo.$Properties {
            }

            /** Represents a RevocableInfo. */
            class RevocableInfo {

                /**
                 * Constructs a new RevocableInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mesos.v1.Resource.RevocableInfo.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new RevocableInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RevocableInfo instance
                 */
                static create(properties: mesos.v1.Resource.RevocableInfo.$Shape): mesos.v1.Resource.RevocableInfo & mesos.v1.Resource.RevocableInfo.$Shape;
                static create(properties?: mesos.v1.Resource.RevocableInfo.$Properties): mesos.v1.Resource.RevocableInfo;

                /**
                 * Encodes the specified RevocableInfo message. Does not implicitly {@link mesos.v1.Resource.RevocableInfo.verify|verify} messages.
                 * @param message RevocableInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mesos.v1.Resource.RevocableInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RevocableInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mesos.v1.Resource.RevocableInfo & mesos.v1.Resource.RevocableInfo.$Shape} RevocableInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.Resource.RevocableInfo & mesos.v1.Resource.RevocableInfo.$Shape;
            }

            namespace RevocableInfo {

                /** Properties of a RevocableInfo. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RevocableInfo. */
                type $Shape = mesos.v1.Resource.RevocableInfo.$Properties;
            }

            /**
             * Properties of a SharedInfo.
             * @deprecated Use mesos.v1.Resource.SharedInfo.$Properties instead.
             */
            interface ISharedInfo extends mesos.v1.Resource.SharedInfo.$Properties {
            }

            /** Represents a SharedInfo. */
            class SharedInfo {

                /**
                 * Constructs a new SharedInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mesos.v1.Resource.SharedInfo.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new SharedInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SharedInfo instance
                 */
                static create(properties: mesos.v1.Resource.SharedInfo.$Shape): mesos.v1.Resource.SharedInfo & mesos.v1.Resource.SharedInfo.$Shape;
                static create(properties?: mesos.v1.Resource.SharedInfo.$Properties): mesos.v1.Resource.SharedInfo;

                /**
                 * Encodes the specified SharedInfo message. Does not implicitly {@link mesos.v1.Resource.SharedInfo.verify|verify} messages.
                 * @param message SharedInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mesos.v1.Resource.SharedInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SharedInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mesos.v1.Resource.SharedInfo & mesos.v1.Resource.SharedInfo.$Shape} SharedInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.Resource.SharedInfo & mesos.v1.Resource.SharedInfo.$Shape;
            }

            namespace SharedInfo {

                /** Properties of a SharedInfo. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SharedInfo. */
                type $Shape = mesos.v1.Resource.SharedInfo.$Properties;
            }
        }

        /**
         * Properties of a Volume.
         * @deprecated Use mesos.v1.Volume.$Properties instead.
         */
        interface IVolume extends mesos.v1.Volume.$Properties {
        }

        /** Represents a Volume. */
        class Volume {

            /**
             * Constructs a new Volume.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.v1.Volume.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Volume mode. */
            mode: mesos.v1.Volume.Mode;

            /** Volume container_path. */
            container_path: string;

            /** Volume host_path. */
            host_path: (string|null);

            /**
             * Creates a new Volume instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Volume instance
             */
            static create(properties: mesos.v1.Volume.$Shape): mesos.v1.Volume & mesos.v1.Volume.$Shape;
            static create(properties?: mesos.v1.Volume.$Properties): mesos.v1.Volume;

            /**
             * Encodes the specified Volume message. Does not implicitly {@link mesos.v1.Volume.verify|verify} messages.
             * @param message Volume message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.v1.Volume.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Volume message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.v1.Volume & mesos.v1.Volume.$Shape} Volume
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.Volume & mesos.v1.Volume.$Shape;
        }

        namespace Volume {

            /** Properties of a Volume. */
            interface $Properties {

                /** Volume mode */
                mode: mesos.v1.Volume.Mode;

                /** Volume container_path */
                container_path: string;

                /** Volume host_path */
                host_path?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Volume. */
            type $Shape = mesos.v1.Volume.$Properties;

            /** Mode enum. */
            enum Mode {

                /** RW value */
                RW = 1,

                /** RO value */
                RO = 2
            }
        }

        /**
         * Properties of an OfferFilters.
         * @deprecated Use mesos.v1.OfferFilters.$Properties instead.
         */
        interface IOfferFilters extends mesos.v1.OfferFilters.$Properties {
        }

        /** Represents an OfferFilters. */
        class OfferFilters {

            /**
             * Constructs a new OfferFilters.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.v1.OfferFilters.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OfferFilters min_allocatable_resources. */
            min_allocatable_resources: (mesos.v1.OfferFilters.MinAllocatableResources|null);

            /**
             * Creates a new OfferFilters instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OfferFilters instance
             */
            static create(properties: mesos.v1.OfferFilters.$Shape): mesos.v1.OfferFilters & mesos.v1.OfferFilters.$Shape;
            static create(properties?: mesos.v1.OfferFilters.$Properties): mesos.v1.OfferFilters;

            /**
             * Encodes the specified OfferFilters message. Does not implicitly {@link mesos.v1.OfferFilters.verify|verify} messages.
             * @param message OfferFilters message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.v1.OfferFilters.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OfferFilters message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.v1.OfferFilters & mesos.v1.OfferFilters.$Shape} OfferFilters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.OfferFilters & mesos.v1.OfferFilters.$Shape;
        }

        namespace OfferFilters {

            /** Properties of an OfferFilters. */
            interface $Properties {

                /** OfferFilters min_allocatable_resources */
                min_allocatable_resources?: (mesos.v1.OfferFilters.MinAllocatableResources.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OfferFilters. */
            type $Shape = mesos.v1.OfferFilters.$Properties;

            /**
             * Properties of a ResourceQuantities.
             * @deprecated Use mesos.v1.OfferFilters.ResourceQuantities.$Properties instead.
             */
            interface IResourceQuantities extends mesos.v1.OfferFilters.ResourceQuantities.$Properties {
            }

            /** Represents a ResourceQuantities. */
            class ResourceQuantities {

                /**
                 * Constructs a new ResourceQuantities.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mesos.v1.OfferFilters.ResourceQuantities.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ResourceQuantities quantities. */
                quantities: { [k: string]: mesos.v1.Value.Scalar };

                /**
                 * Creates a new ResourceQuantities instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ResourceQuantities instance
                 */
                static create(properties: mesos.v1.OfferFilters.ResourceQuantities.$Shape): mesos.v1.OfferFilters.ResourceQuantities & mesos.v1.OfferFilters.ResourceQuantities.$Shape;
                static create(properties?: mesos.v1.OfferFilters.ResourceQuantities.$Properties): mesos.v1.OfferFilters.ResourceQuantities;

                /**
                 * Encodes the specified ResourceQuantities message. Does not implicitly {@link mesos.v1.OfferFilters.ResourceQuantities.verify|verify} messages.
                 * @param message ResourceQuantities message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mesos.v1.OfferFilters.ResourceQuantities.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ResourceQuantities message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mesos.v1.OfferFilters.ResourceQuantities & mesos.v1.OfferFilters.ResourceQuantities.$Shape} ResourceQuantities
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.OfferFilters.ResourceQuantities & mesos.v1.OfferFilters.ResourceQuantities.$Shape;
            }

            namespace ResourceQuantities {

                /** Properties of a ResourceQuantities. */
                interface $Properties {

                    /** ResourceQuantities quantities */
                    quantities?: { [k: string]: mesos.v1.Value.Scalar.$Properties };

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ResourceQuantities. */
                type $Shape = mesos.v1.OfferFilters.ResourceQuantities.$Properties;
            }

            /**
             * Properties of a MinAllocatableResources.
             * @deprecated Use mesos.v1.OfferFilters.MinAllocatableResources.$Properties instead.
             */
            interface IMinAllocatableResources extends mesos.v1.OfferFilters.MinAllocatableResources.$Properties {
            }

            /** Represents a MinAllocatableResources. */
            class MinAllocatableResources {

                /**
                 * Constructs a new MinAllocatableResources.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mesos.v1.OfferFilters.MinAllocatableResources.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MinAllocatableResources quantities. */
                quantities: mesos.v1.OfferFilters.ResourceQuantities[];

                /**
                 * Creates a new MinAllocatableResources instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MinAllocatableResources instance
                 */
                static create(properties: mesos.v1.OfferFilters.MinAllocatableResources.$Shape): mesos.v1.OfferFilters.MinAllocatableResources & mesos.v1.OfferFilters.MinAllocatableResources.$Shape;
                static create(properties?: mesos.v1.OfferFilters.MinAllocatableResources.$Properties): mesos.v1.OfferFilters.MinAllocatableResources;

                /**
                 * Encodes the specified MinAllocatableResources message. Does not implicitly {@link mesos.v1.OfferFilters.MinAllocatableResources.verify|verify} messages.
                 * @param message MinAllocatableResources message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mesos.v1.OfferFilters.MinAllocatableResources.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MinAllocatableResources message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mesos.v1.OfferFilters.MinAllocatableResources & mesos.v1.OfferFilters.MinAllocatableResources.$Shape} MinAllocatableResources
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.OfferFilters.MinAllocatableResources & mesos.v1.OfferFilters.MinAllocatableResources.$Shape;
            }

            namespace MinAllocatableResources {

                /** Properties of a MinAllocatableResources. */
                interface $Properties {

                    /** MinAllocatableResources quantities */
                    quantities?: mesos.v1.OfferFilters.ResourceQuantities.$Properties[];

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MinAllocatableResources. */
                type $Shape = mesos.v1.OfferFilters.MinAllocatableResources.$Properties;
            }
        }

        /**
         * Properties of a TaskInfo.
         * @deprecated Use mesos.v1.TaskInfo.$Properties instead.
         */
        interface ITaskInfo extends mesos.v1.TaskInfo.$Properties {
        }

        /** Represents a TaskInfo. */
        class TaskInfo {

            /**
             * Constructs a new TaskInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.v1.TaskInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TaskInfo name. */
            name: string;

            /** TaskInfo task_id. */
            task_id: mesos.v1.TaskID;

            /** TaskInfo agent_id. */
            agent_id: mesos.v1.AgentID;

            /** TaskInfo resources. */
            resources: mesos.v1.Resource[];

            /** TaskInfo executor. */
            executor: (mesos.v1.ExecutorInfo|null);

            /** TaskInfo command. */
            command: (mesos.v1.CommandInfo|null);

            /** TaskInfo health_check. */
            health_check: (mesos.v1.HealthCheck|null);

            /** TaskInfo data. */
            data: (Uint8Array|null);

            /** TaskInfo labels. */
            labels: (mesos.v1.Labels|null);

            /** TaskInfo kill_policy. */
            kill_policy: (mesos.v1.KillPolicy|null);

            /** TaskInfo check. */
            check: (mesos.v1.CheckInfo|null);

            /** TaskInfo max_completion_time. */
            max_completion_time: (mesos.v1.DurationInfo|null);

            /** TaskInfo limits. */
            limits: { [k: string]: mesos.v1.Value.Scalar };

            /**
             * Creates a new TaskInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TaskInfo instance
             */
            static create(properties: mesos.v1.TaskInfo.$Shape): mesos.v1.TaskInfo & mesos.v1.TaskInfo.$Shape;
            static create(properties?: mesos.v1.TaskInfo.$Properties): mesos.v1.TaskInfo;

            /**
             * Encodes the specified TaskInfo message. Does not implicitly {@link mesos.v1.TaskInfo.verify|verify} messages.
             * @param message TaskInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.v1.TaskInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.v1.TaskInfo & mesos.v1.TaskInfo.$Shape} TaskInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.TaskInfo & mesos.v1.TaskInfo.$Shape;
        }

        namespace TaskInfo {

            /** Properties of a TaskInfo. */
            interface $Properties {

                /** TaskInfo name */
                name: string;

                /** TaskInfo task_id */
                task_id: mesos.v1.TaskID.$Properties;

                /** TaskInfo agent_id */
                agent_id: mesos.v1.AgentID.$Properties;

                /** TaskInfo resources */
                resources?: mesos.v1.Resource.$Properties[];

                /** TaskInfo executor */
                executor?: (mesos.v1.ExecutorInfo.$Properties|null);

                /** TaskInfo command */
                command?: (mesos.v1.CommandInfo.$Properties|null);

                /** TaskInfo health_check */
                health_check?: (mesos.v1.HealthCheck.$Properties|null);

                /** TaskInfo data */
                data?: (Uint8Array|null);

                /** TaskInfo labels */
                labels?: (mesos.v1.Labels.$Properties|null);

                /** TaskInfo kill_policy */
                kill_policy?: (mesos.v1.KillPolicy.$Properties|null);

                /** TaskInfo check */
                check?: (mesos.v1.CheckInfo.$Properties|null);

                /** TaskInfo max_completion_time */
                max_completion_time?: (mesos.v1.DurationInfo.$Properties|null);

                /** TaskInfo limits */
                limits?: { [k: string]: mesos.v1.Value.Scalar.$Properties };

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TaskInfo. */
            type $Shape = mesos.v1.TaskInfo.$Properties;
        }

        /**
         * Properties of a TaskGroupInfo.
         * @deprecated Use mesos.v1.TaskGroupInfo.$Properties instead.
         */
        interface ITaskGroupInfo extends mesos.v1.TaskGroupInfo.$Properties {
        }

        /** Represents a TaskGroupInfo. */
        class TaskGroupInfo {

            /**
             * Constructs a new TaskGroupInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.v1.TaskGroupInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TaskGroupInfo tasks. */
            tasks: mesos.v1.TaskInfo[];

            /**
             * Creates a new TaskGroupInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TaskGroupInfo instance
             */
            static create(properties: mesos.v1.TaskGroupInfo.$Shape): mesos.v1.TaskGroupInfo & mesos.v1.TaskGroupInfo.$Shape;
            static create(properties?: mesos.v1.TaskGroupInfo.$Properties): mesos.v1.TaskGroupInfo;

            /**
             * Encodes the specified TaskGroupInfo message. Does not implicitly {@link mesos.v1.TaskGroupInfo.verify|verify} messages.
             * @param message TaskGroupInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.v1.TaskGroupInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskGroupInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.v1.TaskGroupInfo & mesos.v1.TaskGroupInfo.$Shape} TaskGroupInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.TaskGroupInfo & mesos.v1.TaskGroupInfo.$Shape;
        }

        namespace TaskGroupInfo {

            /** Properties of a TaskGroupInfo. */
            interface $Properties {

                /** TaskGroupInfo tasks */
                tasks?: mesos.v1.TaskInfo.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TaskGroupInfo. */
            type $Shape = mesos.v1.TaskGroupInfo.$Properties;
        }

        /**
         * Properties of an ExecutorInfo.
         * @deprecated Use mesos.v1.ExecutorInfo.$Properties instead.
         */
        interface IExecutorInfo extends mesos.v1.ExecutorInfo.$Properties {
        }

        /** Represents an ExecutorInfo. */
        class ExecutorInfo {

            /**
             * Constructs a new ExecutorInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.v1.ExecutorInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExecutorInfo type. */
            type: (mesos.v1.ExecutorInfo.Type|null);

            /** ExecutorInfo executor_id. */
            executor_id: mesos.v1.ExecutorID;

            /** ExecutorInfo framework_id. */
            framework_id: (mesos.v1.FrameworkID|null);

            /** ExecutorInfo command. */
            command: (mesos.v1.CommandInfo|null);

            /** ExecutorInfo resources. */
            resources: mesos.v1.Resource[];

            /** ExecutorInfo name. */
            name: (string|null);

            /** ExecutorInfo source. */
            source: (string|null);

            /** ExecutorInfo data. */
            data: (Uint8Array|null);

            /** ExecutorInfo shutdown_grace_period. */
            shutdown_grace_period: (mesos.v1.DurationInfo|null);

            /** ExecutorInfo labels. */
            labels: (mesos.v1.Labels|null);

            /**
             * Creates a new ExecutorInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ExecutorInfo instance
             */
            static create(properties: mesos.v1.ExecutorInfo.$Shape): mesos.v1.ExecutorInfo & mesos.v1.ExecutorInfo.$Shape;
            static create(properties?: mesos.v1.ExecutorInfo.$Properties): mesos.v1.ExecutorInfo;

            /**
             * Encodes the specified ExecutorInfo message. Does not implicitly {@link mesos.v1.ExecutorInfo.verify|verify} messages.
             * @param message ExecutorInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.v1.ExecutorInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExecutorInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.v1.ExecutorInfo & mesos.v1.ExecutorInfo.$Shape} ExecutorInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.ExecutorInfo & mesos.v1.ExecutorInfo.$Shape;
        }

        namespace ExecutorInfo {

            /** Properties of an ExecutorInfo. */
            interface $Properties {

                /** ExecutorInfo type */
                type?: (mesos.v1.ExecutorInfo.Type|null);

                /** ExecutorInfo executor_id */
                executor_id: mesos.v1.ExecutorID.$Properties;

                /** ExecutorInfo framework_id */
                framework_id?: (mesos.v1.FrameworkID.$Properties|null);

                /** ExecutorInfo command */
                command?: (mesos.v1.CommandInfo.$Properties|null);

                /** ExecutorInfo resources */
                resources?: mesos.v1.Resource.$Properties[];

                /** ExecutorInfo name */
                name?: (string|null);

                /** ExecutorInfo source */
                source?: (string|null);

                /** ExecutorInfo data */
                data?: (Uint8Array|null);

                /** ExecutorInfo shutdown_grace_period */
                shutdown_grace_period?: (mesos.v1.DurationInfo.$Properties|null);

                /** ExecutorInfo labels */
                labels?: (mesos.v1.Labels.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ExecutorInfo. */
            type $Shape = mesos.v1.ExecutorInfo.$Properties;

            /** Type enum. */
            enum Type {

                /** UNKNOWN value */
                UNKNOWN = 0,

                /** DEFAULT value */
                DEFAULT = 1,

                /** CUSTOM value */
                CUSTOM = 2
            }
        }

        /**
         * Properties of a CommandInfo.
         * @deprecated Use mesos.v1.CommandInfo.$Properties instead.
         */
        interface ICommandInfo extends mesos.v1.CommandInfo.$Properties {
        }

        /** Represents a CommandInfo. */
        class CommandInfo {

            /**
             * Constructs a new CommandInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.v1.CommandInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CommandInfo uris. */
            uris: mesos.v1.CommandInfo.URI[];

            /** CommandInfo environment. */
            environment: (mesos.v1.Environment|null);

            /** CommandInfo shell. */
            shell: (boolean|null);

            /** CommandInfo value. */
            value: (string|null);

            /** CommandInfo arguments. */
            arguments: string[];

            /** CommandInfo user. */
            user: (string|null);

            /**
             * Creates a new CommandInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CommandInfo instance
             */
            static create(properties: mesos.v1.CommandInfo.$Shape): mesos.v1.CommandInfo & mesos.v1.CommandInfo.$Shape;
            static create(properties?: mesos.v1.CommandInfo.$Properties): mesos.v1.CommandInfo;

            /**
             * Encodes the specified CommandInfo message. Does not implicitly {@link mesos.v1.CommandInfo.verify|verify} messages.
             * @param message CommandInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.v1.CommandInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CommandInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.v1.CommandInfo & mesos.v1.CommandInfo.$Shape} CommandInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.CommandInfo & mesos.v1.CommandInfo.$Shape;
        }

        namespace CommandInfo {

            /** Properties of a CommandInfo. */
            interface $Properties {

                /** CommandInfo uris */
                uris?: mesos.v1.CommandInfo.URI.$Properties[];

                /** CommandInfo environment */
                environment?: (mesos.v1.Environment.$Properties|null);

                /** CommandInfo shell */
                shell?: (boolean|null);

                /** CommandInfo value */
                value?: (string|null);

                /** CommandInfo arguments */
                "arguments"?: string[];

                /** CommandInfo user */
                user?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CommandInfo. */
            type $Shape = mesos.v1.CommandInfo.$Properties;

            /**
             * Properties of a URI.
             * @deprecated Use mesos.v1.CommandInfo.URI.$Properties instead.
             */
            interface IURI extends mesos.v1.CommandInfo.URI.$Properties {
            }

            /** Represents a URI. */
            class URI {

                /**
                 * Constructs a new URI.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mesos.v1.CommandInfo.URI.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** URI value. */
                value: string;

                /** URI executable. */
                executable: (boolean|null);

                /** URI extract. */
                extract: (boolean|null);

                /** URI cache. */
                cache: (boolean|null);

                /** URI output_file. */
                output_file: (string|null);

                /**
                 * Creates a new URI instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns URI instance
                 */
                static create(properties: mesos.v1.CommandInfo.URI.$Shape): mesos.v1.CommandInfo.URI & mesos.v1.CommandInfo.URI.$Shape;
                static create(properties?: mesos.v1.CommandInfo.URI.$Properties): mesos.v1.CommandInfo.URI;

                /**
                 * Encodes the specified URI message. Does not implicitly {@link mesos.v1.CommandInfo.URI.verify|verify} messages.
                 * @param message URI message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mesos.v1.CommandInfo.URI.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a URI message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mesos.v1.CommandInfo.URI & mesos.v1.CommandInfo.URI.$Shape} URI
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.CommandInfo.URI & mesos.v1.CommandInfo.URI.$Shape;
            }

            namespace URI {

                /** Properties of a URI. */
                interface $Properties {

                    /** URI value */
                    value: string;

                    /** URI executable */
                    executable?: (boolean|null);

                    /** URI extract */
                    extract?: (boolean|null);

                    /** URI cache */
                    cache?: (boolean|null);

                    /** URI output_file */
                    output_file?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a URI. */
                type $Shape = mesos.v1.CommandInfo.URI.$Properties;
            }
        }

        /**
         * Properties of an Environment.
         * @deprecated Use mesos.v1.Environment.$Properties instead.
         */
        interface IEnvironment extends mesos.v1.Environment.$Properties {
        }

        /** Represents an Environment. */
        class Environment {

            /**
             * Constructs a new Environment.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.v1.Environment.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Environment variables. */
            variables: mesos.v1.Environment.Variable[];

            /**
             * Creates a new Environment instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Environment instance
             */
            static create(properties: mesos.v1.Environment.$Shape): mesos.v1.Environment & mesos.v1.Environment.$Shape;
            static create(properties?: mesos.v1.Environment.$Properties): mesos.v1.Environment;

            /**
             * Encodes the specified Environment message. Does not implicitly {@link mesos.v1.Environment.verify|verify} messages.
             * @param message Environment message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.v1.Environment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Environment message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.v1.Environment & mesos.v1.Environment.$Shape} Environment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.Environment & mesos.v1.Environment.$Shape;
        }

        namespace Environment {

            /** Properties of an Environment. */
            interface $Properties {

                /** Environment variables */
                variables?: mesos.v1.Environment.Variable.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Environment. */
            type $Shape = mesos.v1.Environment.$Properties;

            /**
             * Properties of a Variable.
             * @deprecated Use mesos.v1.Environment.Variable.$Properties instead.
             */
            interface IVariable extends mesos.v1.Environment.Variable.$Properties {
            }

            /** Represents a Variable. */
            class Variable {

                /**
                 * Constructs a new Variable.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mesos.v1.Environment.Variable.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Variable name. */
                name: string;

                /** Variable type. */
                type: (mesos.v1.Environment.Variable.Type|null);

                /** Variable value. */
                value: (string|null);

                /** Variable secret. */
                secret: (mesos.v1.Secret|null);

                /**
                 * Creates a new Variable instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Variable instance
                 */
                static create(properties: mesos.v1.Environment.Variable.$Shape): mesos.v1.Environment.Variable & mesos.v1.Environment.Variable.$Shape;
                static create(properties?: mesos.v1.Environment.Variable.$Properties): mesos.v1.Environment.Variable;

                /**
                 * Encodes the specified Variable message. Does not implicitly {@link mesos.v1.Environment.Variable.verify|verify} messages.
                 * @param message Variable message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mesos.v1.Environment.Variable.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Variable message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mesos.v1.Environment.Variable & mesos.v1.Environment.Variable.$Shape} Variable
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.Environment.Variable & mesos.v1.Environment.Variable.$Shape;
            }

            namespace Variable {

                /** Properties of a Variable. */
                interface $Properties {

                    /** Variable name */
                    name: string;

                    /** Variable type */
                    type?: (mesos.v1.Environment.Variable.Type|null);

                    /** Variable value */
                    value?: (string|null);

                    /** Variable secret */
                    secret?: (mesos.v1.Secret.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Variable. */
                type $Shape = mesos.v1.Environment.Variable.$Properties;

                /** Type enum. */
                enum Type {

                    /** UNKNOWN value */
                    UNKNOWN = 0,

                    /** VALUE value */
                    VALUE = 1,

                    /** SECRET value */
                    SECRET = 2
                }
            }
        }

        /**
         * Properties of a Secret.
         * @deprecated Use mesos.v1.Secret.$Properties instead.
         */
        interface ISecret extends mesos.v1.Secret.$Properties {
        }

        /** Represents a Secret. */
        class Secret {

            /**
             * Constructs a new Secret.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.v1.Secret.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Secret type. */
            type: (mesos.v1.Secret.Type|null);

            /** Secret reference. */
            reference: (mesos.v1.Secret.Reference|null);

            /** Secret value. */
            value: (mesos.v1.Secret.Value|null);

            /**
             * Creates a new Secret instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Secret instance
             */
            static create(properties: mesos.v1.Secret.$Shape): mesos.v1.Secret & mesos.v1.Secret.$Shape;
            static create(properties?: mesos.v1.Secret.$Properties): mesos.v1.Secret;

            /**
             * Encodes the specified Secret message. Does not implicitly {@link mesos.v1.Secret.verify|verify} messages.
             * @param message Secret message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.v1.Secret.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Secret message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.v1.Secret & mesos.v1.Secret.$Shape} Secret
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.Secret & mesos.v1.Secret.$Shape;
        }

        namespace Secret {

            /** Properties of a Secret. */
            interface $Properties {

                /** Secret type */
                type?: (mesos.v1.Secret.Type|null);

                /** Secret reference */
                reference?: (mesos.v1.Secret.Reference.$Properties|null);

                /** Secret value */
                value?: (mesos.v1.Secret.Value.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Secret. */
            type $Shape = mesos.v1.Secret.$Properties;

            /** Type enum. */
            enum Type {

                /** UNKNOWN value */
                UNKNOWN = 0,

                /** REFERENCE value */
                REFERENCE = 1,

                /** VALUE value */
                VALUE = 2
            }

            /**
             * Properties of a Reference.
             * @deprecated Use mesos.v1.Secret.Reference.$Properties instead.
             */
            interface IReference extends mesos.v1.Secret.Reference.$Properties {
            }

            /** Represents a Reference. */
            class Reference {

                /**
                 * Constructs a new Reference.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mesos.v1.Secret.Reference.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Reference name. */
                name: string;

                /** Reference key. */
                key: (string|null);

                /**
                 * Creates a new Reference instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Reference instance
                 */
                static create(properties: mesos.v1.Secret.Reference.$Shape): mesos.v1.Secret.Reference & mesos.v1.Secret.Reference.$Shape;
                static create(properties?: mesos.v1.Secret.Reference.$Properties): mesos.v1.Secret.Reference;

                /**
                 * Encodes the specified Reference message. Does not implicitly {@link mesos.v1.Secret.Reference.verify|verify} messages.
                 * @param message Reference message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mesos.v1.Secret.Reference.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Reference message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mesos.v1.Secret.Reference & mesos.v1.Secret.Reference.$Shape} Reference
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.Secret.Reference & mesos.v1.Secret.Reference.$Shape;
            }

            namespace Reference {

                /** Properties of a Reference. */
                interface $Properties {

                    /** Reference name */
                    name: string;

                    /** Reference key */
                    key?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Reference. */
                type $Shape = mesos.v1.Secret.Reference.$Properties;
            }

            /**
             * Properties of a Value.
             * @deprecated Use mesos.v1.Secret.Value.$Properties instead.
             */
            interface IValue extends mesos.v1.Secret.Value.$Properties {
            }

            /** Represents a Value. */
            class Value {

                /**
                 * Constructs a new Value.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mesos.v1.Secret.Value.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Value data. */
                data: Uint8Array;

                /**
                 * Creates a new Value instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Value instance
                 */
                static create(properties: mesos.v1.Secret.Value.$Shape): mesos.v1.Secret.Value & mesos.v1.Secret.Value.$Shape;
                static create(properties?: mesos.v1.Secret.Value.$Properties): mesos.v1.Secret.Value;

                /**
                 * Encodes the specified Value message. Does not implicitly {@link mesos.v1.Secret.Value.verify|verify} messages.
                 * @param message Value message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mesos.v1.Secret.Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Value message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mesos.v1.Secret.Value & mesos.v1.Secret.Value.$Shape} Value
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.Secret.Value & mesos.v1.Secret.Value.$Shape;
            }

            namespace Value {

                /** Properties of a Value. */
                interface $Properties {

                    /** Value data */
                    data: Uint8Array;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Value. */
                type $Shape = mesos.v1.Secret.Value.$Properties;
            }
        }

        /**
         * Properties of a HealthCheck.
         * @deprecated Use mesos.v1.HealthCheck.$Properties instead.
         */
        interface IHealthCheck extends mesos.v1.HealthCheck.$Properties {
        }

        /** Represents a HealthCheck. */
        class HealthCheck {

            /**
             * Constructs a new HealthCheck.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.v1.HealthCheck.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HealthCheck delay_seconds. */
            delay_seconds: (number|null);

            /** HealthCheck interval_seconds. */
            interval_seconds: (number|null);

            /** HealthCheck timeout_seconds. */
            timeout_seconds: (number|null);

            /** HealthCheck consecutive_failures. */
            consecutive_failures: (number|null);

            /** HealthCheck grace_period_seconds. */
            grace_period_seconds: (number|null);

            /** HealthCheck type. */
            type: (mesos.v1.HealthCheck.Type|null);

            /** HealthCheck command. */
            command: (mesos.v1.CommandInfo|null);

            /** HealthCheck http. */
            http: (mesos.v1.HealthCheck.HTTPCheckInfo|null);

            /** HealthCheck tcp. */
            tcp: (mesos.v1.HealthCheck.TCPCheckInfo|null);

            /**
             * Creates a new HealthCheck instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HealthCheck instance
             */
            static create(properties: mesos.v1.HealthCheck.$Shape): mesos.v1.HealthCheck & mesos.v1.HealthCheck.$Shape;
            static create(properties?: mesos.v1.HealthCheck.$Properties): mesos.v1.HealthCheck;

            /**
             * Encodes the specified HealthCheck message. Does not implicitly {@link mesos.v1.HealthCheck.verify|verify} messages.
             * @param message HealthCheck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.v1.HealthCheck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HealthCheck message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.v1.HealthCheck & mesos.v1.HealthCheck.$Shape} HealthCheck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.HealthCheck & mesos.v1.HealthCheck.$Shape;
        }

        namespace HealthCheck {

            /** Properties of a HealthCheck. */
            interface $Properties {

                /** HealthCheck delay_seconds */
                delay_seconds?: (number|null);

                /** HealthCheck interval_seconds */
                interval_seconds?: (number|null);

                /** HealthCheck timeout_seconds */
                timeout_seconds?: (number|null);

                /** HealthCheck consecutive_failures */
                consecutive_failures?: (number|null);

                /** HealthCheck grace_period_seconds */
                grace_period_seconds?: (number|null);

                /** HealthCheck type */
                type?: (mesos.v1.HealthCheck.Type|null);

                /** HealthCheck command */
                command?: (mesos.v1.CommandInfo.$Properties|null);

                /** HealthCheck http */
                http?: (mesos.v1.HealthCheck.HTTPCheckInfo.$Properties|null);

                /** HealthCheck tcp */
                tcp?: (mesos.v1.HealthCheck.TCPCheckInfo.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HealthCheck. */
            type $Shape = mesos.v1.HealthCheck.$Properties;

            /** Type enum. */
            enum Type {

                /** UNKNOWN value */
                UNKNOWN = 0,

                /** COMMAND value */
                COMMAND = 1,

                /** HTTP value */
                HTTP = 2,

                /** TCP value */
                TCP = 3
            }

            /**
             * Properties of a HTTPCheckInfo.
             * @deprecated Use mesos.v1.HealthCheck.HTTPCheckInfo.$Properties instead.
             */
            interface IHTTPCheckInfo extends mesos.v1.HealthCheck.HTTPCheckInfo.$Properties {
            }

            /** Represents a HTTPCheckInfo. */
            class HTTPCheckInfo {

                /**
                 * Constructs a new HTTPCheckInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mesos.v1.HealthCheck.HTTPCheckInfo.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** HTTPCheckInfo protocol. */
                protocol: (mesos.v1.NetworkInfo.Protocol|null);

                /** HTTPCheckInfo scheme. */
                scheme: (string|null);

                /** HTTPCheckInfo port. */
                port: number;

                /** HTTPCheckInfo path. */
                path: (string|null);

                /** HTTPCheckInfo statuses. */
                statuses: number[];

                /**
                 * Creates a new HTTPCheckInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns HTTPCheckInfo instance
                 */
                static create(properties: mesos.v1.HealthCheck.HTTPCheckInfo.$Shape): mesos.v1.HealthCheck.HTTPCheckInfo & mesos.v1.HealthCheck.HTTPCheckInfo.$Shape;
                static create(properties?: mesos.v1.HealthCheck.HTTPCheckInfo.$Properties): mesos.v1.HealthCheck.HTTPCheckInfo;

                /**
                 * Encodes the specified HTTPCheckInfo message. Does not implicitly {@link mesos.v1.HealthCheck.HTTPCheckInfo.verify|verify} messages.
                 * @param message HTTPCheckInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mesos.v1.HealthCheck.HTTPCheckInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HTTPCheckInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mesos.v1.HealthCheck.HTTPCheckInfo & mesos.v1.HealthCheck.HTTPCheckInfo.$Shape} HTTPCheckInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.HealthCheck.HTTPCheckInfo & mesos.v1.HealthCheck.HTTPCheckInfo.$Shape;
            }

            namespace HTTPCheckInfo {

                /** Properties of a HTTPCheckInfo. */
                interface $Properties {

                    /** HTTPCheckInfo protocol */
                    protocol?: (mesos.v1.NetworkInfo.Protocol|null);

                    /** HTTPCheckInfo scheme */
                    scheme?: (string|null);

                    /** HTTPCheckInfo port */
                    port: number;

                    /** HTTPCheckInfo path */
                    path?: (string|null);

                    /** HTTPCheckInfo statuses */
                    statuses?: number[];

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a HTTPCheckInfo. */
                type $Shape = mesos.v1.HealthCheck.HTTPCheckInfo.$Properties;
            }

            /**
             * Properties of a TCPCheckInfo.
             * @deprecated Use mesos.v1.HealthCheck.TCPCheckInfo.$Properties instead.
             */
            interface ITCPCheckInfo extends mesos.v1.HealthCheck.TCPCheckInfo.$Properties {
            }

            /** Represents a TCPCheckInfo. */
            class TCPCheckInfo {

                /**
                 * Constructs a new TCPCheckInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mesos.v1.HealthCheck.TCPCheckInfo.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TCPCheckInfo protocol. */
                protocol: (mesos.v1.NetworkInfo.Protocol|null);

                /** TCPCheckInfo port. */
                port: number;

                /**
                 * Creates a new TCPCheckInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TCPCheckInfo instance
                 */
                static create(properties: mesos.v1.HealthCheck.TCPCheckInfo.$Shape): mesos.v1.HealthCheck.TCPCheckInfo & mesos.v1.HealthCheck.TCPCheckInfo.$Shape;
                static create(properties?: mesos.v1.HealthCheck.TCPCheckInfo.$Properties): mesos.v1.HealthCheck.TCPCheckInfo;

                /**
                 * Encodes the specified TCPCheckInfo message. Does not implicitly {@link mesos.v1.HealthCheck.TCPCheckInfo.verify|verify} messages.
                 * @param message TCPCheckInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mesos.v1.HealthCheck.TCPCheckInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TCPCheckInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mesos.v1.HealthCheck.TCPCheckInfo & mesos.v1.HealthCheck.TCPCheckInfo.$Shape} TCPCheckInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.HealthCheck.TCPCheckInfo & mesos.v1.HealthCheck.TCPCheckInfo.$Shape;
            }

            namespace TCPCheckInfo {

                /** Properties of a TCPCheckInfo. */
                interface $Properties {

                    /** TCPCheckInfo protocol */
                    protocol?: (mesos.v1.NetworkInfo.Protocol|null);

                    /** TCPCheckInfo port */
                    port: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TCPCheckInfo. */
                type $Shape = mesos.v1.HealthCheck.TCPCheckInfo.$Properties;
            }
        }

        /**
         * Properties of a CheckInfo.
         * @deprecated Use mesos.v1.CheckInfo.$Properties instead.
         */
        interface ICheckInfo extends mesos.v1.CheckInfo.$Properties {
        }

        /** Represents a CheckInfo. */
        class CheckInfo {

            /**
             * Constructs a new CheckInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.v1.CheckInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CheckInfo type. */
            type: (mesos.v1.CheckInfo.Type|null);

            /** CheckInfo command. */
            command: (mesos.v1.CheckInfo.Command|null);

            /** CheckInfo http. */
            http: (mesos.v1.CheckInfo.Http|null);

            /** CheckInfo tcp. */
            tcp: (mesos.v1.CheckInfo.Tcp|null);

            /** CheckInfo delay_seconds. */
            delay_seconds: (number|null);

            /** CheckInfo interval_seconds. */
            interval_seconds: (number|null);

            /** CheckInfo timeout_seconds. */
            timeout_seconds: (number|null);

            /**
             * Creates a new CheckInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CheckInfo instance
             */
            static create(properties: mesos.v1.CheckInfo.$Shape): mesos.v1.CheckInfo & mesos.v1.CheckInfo.$Shape;
            static create(properties?: mesos.v1.CheckInfo.$Properties): mesos.v1.CheckInfo;

            /**
             * Encodes the specified CheckInfo message. Does not implicitly {@link mesos.v1.CheckInfo.verify|verify} messages.
             * @param message CheckInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.v1.CheckInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CheckInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.v1.CheckInfo & mesos.v1.CheckInfo.$Shape} CheckInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.CheckInfo & mesos.v1.CheckInfo.$Shape;
        }

        namespace CheckInfo {

            /** Properties of a CheckInfo. */
            interface $Properties {

                /** CheckInfo type */
                type?: (mesos.v1.CheckInfo.Type|null);

                /** CheckInfo command */
                command?: (mesos.v1.CheckInfo.Command.$Properties|null);

                /** CheckInfo http */
                http?: (mesos.v1.CheckInfo.Http.$Properties|null);

                /** CheckInfo tcp */
                tcp?: (mesos.v1.CheckInfo.Tcp.$Properties|null);

                /** CheckInfo delay_seconds */
                delay_seconds?: (number|null);

                /** CheckInfo interval_seconds */
                interval_seconds?: (number|null);

                /** CheckInfo timeout_seconds */
                timeout_seconds?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CheckInfo. */
            type $Shape = mesos.v1.CheckInfo.$Properties;

            /** Type enum. */
            enum Type {

                /** UNKNOWN value */
                UNKNOWN = 0,

                /** COMMAND value */
                COMMAND = 1,

                /** HTTP value */
                HTTP = 2,

                /** TCP value */
                TCP = 3
            }

            /**
             * Properties of a Command.
             * @deprecated Use mesos.v1.CheckInfo.Command.$Properties instead.
             */
            interface ICommand extends mesos.v1.CheckInfo.Command.$Properties {
            }

            /** Represents a Command. */
            class Command {

                /**
                 * Constructs a new Command.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mesos.v1.CheckInfo.Command.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Command command. */
                command: mesos.v1.CommandInfo;

                /**
                 * Creates a new Command instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Command instance
                 */
                static create(properties: mesos.v1.CheckInfo.Command.$Shape): mesos.v1.CheckInfo.Command & mesos.v1.CheckInfo.Command.$Shape;
                static create(properties?: mesos.v1.CheckInfo.Command.$Properties): mesos.v1.CheckInfo.Command;

                /**
                 * Encodes the specified Command message. Does not implicitly {@link mesos.v1.CheckInfo.Command.verify|verify} messages.
                 * @param message Command message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mesos.v1.CheckInfo.Command.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Command message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mesos.v1.CheckInfo.Command & mesos.v1.CheckInfo.Command.$Shape} Command
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.CheckInfo.Command & mesos.v1.CheckInfo.Command.$Shape;
            }

            namespace Command {

                /** Properties of a Command. */
                interface $Properties {

                    /** Command command */
                    command: mesos.v1.CommandInfo.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Command. */
                type $Shape = mesos.v1.CheckInfo.Command.$Properties;
            }

            /**
             * Properties of a Http.
             * @deprecated Use mesos.v1.CheckInfo.Http.$Properties instead.
             */
            interface IHttp extends mesos.v1.CheckInfo.Http.$Properties {
            }

            /** Represents a Http. */
            class Http {

                /**
                 * Constructs a new Http.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mesos.v1.CheckInfo.Http.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Http port. */
                port: number;

                /** Http path. */
                path: (string|null);

                /**
                 * Creates a new Http instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Http instance
                 */
                static create(properties: mesos.v1.CheckInfo.Http.$Shape): mesos.v1.CheckInfo.Http & mesos.v1.CheckInfo.Http.$Shape;
                static create(properties?: mesos.v1.CheckInfo.Http.$Properties): mesos.v1.CheckInfo.Http;

                /**
                 * Encodes the specified Http message. Does not implicitly {@link mesos.v1.CheckInfo.Http.verify|verify} messages.
                 * @param message Http message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mesos.v1.CheckInfo.Http.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Http message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mesos.v1.CheckInfo.Http & mesos.v1.CheckInfo.Http.$Shape} Http
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.CheckInfo.Http & mesos.v1.CheckInfo.Http.$Shape;
            }

            namespace Http {

                /** Properties of a Http. */
                interface $Properties {

                    /** Http port */
                    port: number;

                    /** Http path */
                    path?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Http. */
                type $Shape = mesos.v1.CheckInfo.Http.$Properties;
            }

            /**
             * Properties of a Tcp.
             * @deprecated Use mesos.v1.CheckInfo.Tcp.$Properties instead.
             */
            interface ITcp extends mesos.v1.CheckInfo.Tcp.$Properties {
            }

            /** Represents a Tcp. */
            class Tcp {

                /**
                 * Constructs a new Tcp.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mesos.v1.CheckInfo.Tcp.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Tcp port. */
                port: number;

                /**
                 * Creates a new Tcp instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Tcp instance
                 */
                static create(properties: mesos.v1.CheckInfo.Tcp.$Shape): mesos.v1.CheckInfo.Tcp & mesos.v1.CheckInfo.Tcp.$Shape;
                static create(properties?: mesos.v1.CheckInfo.Tcp.$Properties): mesos.v1.CheckInfo.Tcp;

                /**
                 * Encodes the specified Tcp message. Does not implicitly {@link mesos.v1.CheckInfo.Tcp.verify|verify} messages.
                 * @param message Tcp message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mesos.v1.CheckInfo.Tcp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Tcp message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mesos.v1.CheckInfo.Tcp & mesos.v1.CheckInfo.Tcp.$Shape} Tcp
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.CheckInfo.Tcp & mesos.v1.CheckInfo.Tcp.$Shape;
            }

            namespace Tcp {

                /** Properties of a Tcp. */
                interface $Properties {

                    /** Tcp port */
                    port: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Tcp. */
                type $Shape = mesos.v1.CheckInfo.Tcp.$Properties;
            }
        }

        /**
         * Properties of a CheckStatusInfo.
         * @deprecated Use mesos.v1.CheckStatusInfo.$Properties instead.
         */
        interface ICheckStatusInfo extends mesos.v1.CheckStatusInfo.$Properties {
        }

        /** Represents a CheckStatusInfo. */
        class CheckStatusInfo {

            /**
             * Constructs a new CheckStatusInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.v1.CheckStatusInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CheckStatusInfo type. */
            type: (mesos.v1.CheckInfo.Type|null);

            /** CheckStatusInfo command. */
            command: (mesos.v1.CheckStatusInfo.Command|null);

            /** CheckStatusInfo http. */
            http: (mesos.v1.CheckStatusInfo.Http|null);

            /** CheckStatusInfo tcp. */
            tcp: (mesos.v1.CheckStatusInfo.Tcp|null);

            /**
             * Creates a new CheckStatusInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CheckStatusInfo instance
             */
            static create(properties: mesos.v1.CheckStatusInfo.$Shape): mesos.v1.CheckStatusInfo & mesos.v1.CheckStatusInfo.$Shape;
            static create(properties?: mesos.v1.CheckStatusInfo.$Properties): mesos.v1.CheckStatusInfo;

            /**
             * Encodes the specified CheckStatusInfo message. Does not implicitly {@link mesos.v1.CheckStatusInfo.verify|verify} messages.
             * @param message CheckStatusInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.v1.CheckStatusInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CheckStatusInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.v1.CheckStatusInfo & mesos.v1.CheckStatusInfo.$Shape} CheckStatusInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.CheckStatusInfo & mesos.v1.CheckStatusInfo.$Shape;
        }

        namespace CheckStatusInfo {

            /** Properties of a CheckStatusInfo. */
            interface $Properties {

                /** CheckStatusInfo type */
                type?: (mesos.v1.CheckInfo.Type|null);

                /** CheckStatusInfo command */
                command?: (mesos.v1.CheckStatusInfo.Command.$Properties|null);

                /** CheckStatusInfo http */
                http?: (mesos.v1.CheckStatusInfo.Http.$Properties|null);

                /** CheckStatusInfo tcp */
                tcp?: (mesos.v1.CheckStatusInfo.Tcp.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CheckStatusInfo. */
            type $Shape = mesos.v1.CheckStatusInfo.$Properties;

            /**
             * Properties of a Command.
             * @deprecated Use mesos.v1.CheckStatusInfo.Command.$Properties instead.
             */
            interface ICommand extends mesos.v1.CheckStatusInfo.Command.$Properties {
            }

            /** Represents a Command. */
            class Command {

                /**
                 * Constructs a new Command.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mesos.v1.CheckStatusInfo.Command.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Command exit_code. */
                exit_code: (number|null);

                /**
                 * Creates a new Command instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Command instance
                 */
                static create(properties: mesos.v1.CheckStatusInfo.Command.$Shape): mesos.v1.CheckStatusInfo.Command & mesos.v1.CheckStatusInfo.Command.$Shape;
                static create(properties?: mesos.v1.CheckStatusInfo.Command.$Properties): mesos.v1.CheckStatusInfo.Command;

                /**
                 * Encodes the specified Command message. Does not implicitly {@link mesos.v1.CheckStatusInfo.Command.verify|verify} messages.
                 * @param message Command message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mesos.v1.CheckStatusInfo.Command.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Command message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mesos.v1.CheckStatusInfo.Command & mesos.v1.CheckStatusInfo.Command.$Shape} Command
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.CheckStatusInfo.Command & mesos.v1.CheckStatusInfo.Command.$Shape;
            }

            namespace Command {

                /** Properties of a Command. */
                interface $Properties {

                    /** Command exit_code */
                    exit_code?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Command. */
                type $Shape = mesos.v1.CheckStatusInfo.Command.$Properties;
            }

            /**
             * Properties of a Http.
             * @deprecated Use mesos.v1.CheckStatusInfo.Http.$Properties instead.
             */
            interface IHttp extends mesos.v1.CheckStatusInfo.Http.$Properties {
            }

            /** Represents a Http. */
            class Http {

                /**
                 * Constructs a new Http.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mesos.v1.CheckStatusInfo.Http.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Http status_code. */
                status_code: (number|null);

                /**
                 * Creates a new Http instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Http instance
                 */
                static create(properties: mesos.v1.CheckStatusInfo.Http.$Shape): mesos.v1.CheckStatusInfo.Http & mesos.v1.CheckStatusInfo.Http.$Shape;
                static create(properties?: mesos.v1.CheckStatusInfo.Http.$Properties): mesos.v1.CheckStatusInfo.Http;

                /**
                 * Encodes the specified Http message. Does not implicitly {@link mesos.v1.CheckStatusInfo.Http.verify|verify} messages.
                 * @param message Http message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mesos.v1.CheckStatusInfo.Http.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Http message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mesos.v1.CheckStatusInfo.Http & mesos.v1.CheckStatusInfo.Http.$Shape} Http
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.CheckStatusInfo.Http & mesos.v1.CheckStatusInfo.Http.$Shape;
            }

            namespace Http {

                /** Properties of a Http. */
                interface $Properties {

                    /** Http status_code */
                    status_code?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Http. */
                type $Shape = mesos.v1.CheckStatusInfo.Http.$Properties;
            }

            /**
             * Properties of a Tcp.
             * @deprecated Use mesos.v1.CheckStatusInfo.Tcp.$Properties instead.
             */
            interface ITcp extends mesos.v1.CheckStatusInfo.Tcp.$Properties {
            }

            /** Represents a Tcp. */
            class Tcp {

                /**
                 * Constructs a new Tcp.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mesos.v1.CheckStatusInfo.Tcp.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Tcp succeeded. */
                succeeded: (boolean|null);

                /**
                 * Creates a new Tcp instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Tcp instance
                 */
                static create(properties: mesos.v1.CheckStatusInfo.Tcp.$Shape): mesos.v1.CheckStatusInfo.Tcp & mesos.v1.CheckStatusInfo.Tcp.$Shape;
                static create(properties?: mesos.v1.CheckStatusInfo.Tcp.$Properties): mesos.v1.CheckStatusInfo.Tcp;

                /**
                 * Encodes the specified Tcp message. Does not implicitly {@link mesos.v1.CheckStatusInfo.Tcp.verify|verify} messages.
                 * @param message Tcp message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mesos.v1.CheckStatusInfo.Tcp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Tcp message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mesos.v1.CheckStatusInfo.Tcp & mesos.v1.CheckStatusInfo.Tcp.$Shape} Tcp
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.CheckStatusInfo.Tcp & mesos.v1.CheckStatusInfo.Tcp.$Shape;
            }

            namespace Tcp {

                /** Properties of a Tcp. */
                interface $Properties {

                    /** Tcp succeeded */
                    succeeded?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Tcp. */
                type $Shape = mesos.v1.CheckStatusInfo.Tcp.$Properties;
            }
        }

        /** TaskState enum. */
        enum TaskState {

            /** TASK_STAGING value */
            TASK_STAGING = 6,

            /** TASK_STARTING value */
            TASK_STARTING = 0,

            /** TASK_RUNNING value */
            TASK_RUNNING = 1,

            /** TASK_KILLING value */
            TASK_KILLING = 8,

            /** TASK_FINISHED value */
            TASK_FINISHED = 2,

            /** TASK_FAILED value */
            TASK_FAILED = 3,

            /** TASK_KILLED value */
            TASK_KILLED = 4,

            /** TASK_ERROR value */
            TASK_ERROR = 7,

            /** TASK_LOST value */
            TASK_LOST = 5,

            /** TASK_DROPPED value */
            TASK_DROPPED = 9,

            /** TASK_UNREACHABLE value */
            TASK_UNREACHABLE = 10,

            /** TASK_GONE value */
            TASK_GONE = 11,

            /** TASK_GONE_BY_OPERATOR value */
            TASK_GONE_BY_OPERATOR = 12,

            /** TASK_UNKNOWN value */
            TASK_UNKNOWN = 13
        }

        /**
         * Properties of a TaskStatus.
         * @deprecated Use mesos.v1.TaskStatus.$Properties instead.
         */
        interface ITaskStatus extends mesos.v1.TaskStatus.$Properties {
        }

        /** Represents a TaskStatus. */
        class TaskStatus {

            /**
             * Constructs a new TaskStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.v1.TaskStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TaskStatus task_id. */
            task_id: mesos.v1.TaskID;

            /** TaskStatus state. */
            state: mesos.v1.TaskState;

            /** TaskStatus message. */
            message: (string|null);

            /** TaskStatus source. */
            source: (mesos.v1.TaskStatus.Source|null);

            /** TaskStatus reason. */
            reason: (mesos.v1.TaskStatus.Reason|null);

            /** TaskStatus data. */
            data: (Uint8Array|null);

            /** TaskStatus agent_id. */
            agent_id: (mesos.v1.AgentID|null);

            /** TaskStatus executor_id. */
            executor_id: (mesos.v1.ExecutorID|null);

            /** TaskStatus timestamp. */
            timestamp: (number|null);

            /** TaskStatus uuid. */
            uuid: (Uint8Array|null);

            /** TaskStatus healthy. */
            healthy: (boolean|null);

            /** TaskStatus check_status. */
            check_status: (mesos.v1.CheckStatusInfo|null);

            /** TaskStatus labels. */
            labels: (mesos.v1.Labels|null);

            /** TaskStatus container_status. */
            container_status: (mesos.v1.ContainerStatus|null);

            /** TaskStatus unreachable_time. */
            unreachable_time: (mesos.v1.TimeInfo|null);

            /** TaskStatus limitation. */
            limitation: (mesos.v1.TaskResourceLimitation|null);

            /**
             * Creates a new TaskStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TaskStatus instance
             */
            static create(properties: mesos.v1.TaskStatus.$Shape): mesos.v1.TaskStatus & mesos.v1.TaskStatus.$Shape;
            static create(properties?: mesos.v1.TaskStatus.$Properties): mesos.v1.TaskStatus;

            /**
             * Encodes the specified TaskStatus message. Does not implicitly {@link mesos.v1.TaskStatus.verify|verify} messages.
             * @param message TaskStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.v1.TaskStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.v1.TaskStatus & mesos.v1.TaskStatus.$Shape} TaskStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.TaskStatus & mesos.v1.TaskStatus.$Shape;
        }

        namespace TaskStatus {

            /** Properties of a TaskStatus. */
            interface $Properties {

                /** TaskStatus task_id */
                task_id: mesos.v1.TaskID.$Properties;

                /** TaskStatus state */
                state: mesos.v1.TaskState;

                /** TaskStatus message */
                message?: (string|null);

                /** TaskStatus source */
                source?: (mesos.v1.TaskStatus.Source|null);

                /** TaskStatus reason */
                reason?: (mesos.v1.TaskStatus.Reason|null);

                /** TaskStatus data */
                data?: (Uint8Array|null);

                /** TaskStatus agent_id */
                agent_id?: (mesos.v1.AgentID.$Properties|null);

                /** TaskStatus executor_id */
                executor_id?: (mesos.v1.ExecutorID.$Properties|null);

                /** TaskStatus timestamp */
                timestamp?: (number|null);

                /** TaskStatus uuid */
                uuid?: (Uint8Array|null);

                /** TaskStatus healthy */
                healthy?: (boolean|null);

                /** TaskStatus check_status */
                check_status?: (mesos.v1.CheckStatusInfo.$Properties|null);

                /** TaskStatus labels */
                labels?: (mesos.v1.Labels.$Properties|null);

                /** TaskStatus container_status */
                container_status?: (mesos.v1.ContainerStatus.$Properties|null);

                /** TaskStatus unreachable_time */
                unreachable_time?: (mesos.v1.TimeInfo.$Properties|null);

                /** TaskStatus limitation */
                limitation?: (mesos.v1.TaskResourceLimitation.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TaskStatus. */
            type $Shape = mesos.v1.TaskStatus.$Properties;

            /** Source enum. */
            enum Source {

                /** SOURCE_MASTER value */
                SOURCE_MASTER = 0,

                /** SOURCE_AGENT value */
                SOURCE_AGENT = 1,

                /** SOURCE_EXECUTOR value */
                SOURCE_EXECUTOR = 2
            }

            /** Reason enum. */
            enum Reason {

                /** REASON_COMMAND_EXECUTOR_FAILED value */
                REASON_COMMAND_EXECUTOR_FAILED = 0,

                /** REASON_EXECUTOR_TERMINATED value */
                REASON_EXECUTOR_TERMINATED = 1,

                /** REASON_EXECUTOR_UNREGISTERED value */
                REASON_EXECUTOR_UNREGISTERED = 2,

                /** REASON_FRAMEWORK_REMOVED value */
                REASON_FRAMEWORK_REMOVED = 3,

                /** REASON_GC_ERROR value */
                REASON_GC_ERROR = 4,

                /** REASON_INVALID_FRAMEWORKID value */
                REASON_INVALID_FRAMEWORKID = 5,

                /** REASON_INVALID_OFFERS value */
                REASON_INVALID_OFFERS = 6,

                /** REASON_MASTER_DISCONNECTED value */
                REASON_MASTER_DISCONNECTED = 7,

                /** REASON_CONTAINER_LIMITATION_MEMORY value */
                REASON_CONTAINER_LIMITATION_MEMORY = 8,

                /** REASON_RECONCILIATION value */
                REASON_RECONCILIATION = 9,

                /** REASON_AGENT_DISCONNECTED value */
                REASON_AGENT_DISCONNECTED = 10,

                /** REASON_AGENT_REMOVED value */
                REASON_AGENT_REMOVED = 11,

                /** REASON_AGENT_RESTARTED value */
                REASON_AGENT_RESTARTED = 12,

                /** REASON_AGENT_UNKNOWN value */
                REASON_AGENT_UNKNOWN = 13,

                /** REASON_TASK_INVALID value */
                REASON_TASK_INVALID = 14,

                /** REASON_TASK_UNAUTHORIZED value */
                REASON_TASK_UNAUTHORIZED = 15,

                /** REASON_TASK_UNKNOWN value */
                REASON_TASK_UNKNOWN = 16,

                /** REASON_CONTAINER_PREEMPTED value */
                REASON_CONTAINER_PREEMPTED = 17,

                /** REASON_RESOURCES_UNKNOWN value */
                REASON_RESOURCES_UNKNOWN = 18,

                /** REASON_CONTAINER_LIMITATION value */
                REASON_CONTAINER_LIMITATION = 19,

                /** REASON_CONTAINER_LIMITATION_DISK value */
                REASON_CONTAINER_LIMITATION_DISK = 20,

                /** REASON_CONTAINER_LAUNCH_FAILED value */
                REASON_CONTAINER_LAUNCH_FAILED = 21,

                /** REASON_CONTAINER_UPDATE_FAILED value */
                REASON_CONTAINER_UPDATE_FAILED = 22,

                /** REASON_EXECUTOR_REGISTRATION_TIMEOUT value */
                REASON_EXECUTOR_REGISTRATION_TIMEOUT = 23,

                /** REASON_EXECUTOR_REREGISTRATION_TIMEOUT value */
                REASON_EXECUTOR_REREGISTRATION_TIMEOUT = 24,

                /** REASON_TASK_GROUP_INVALID value */
                REASON_TASK_GROUP_INVALID = 25,

                /** REASON_TASK_GROUP_UNAUTHORIZED value */
                REASON_TASK_GROUP_UNAUTHORIZED = 26,

                /** REASON_IO_SWITCHBOARD_EXITED value */
                REASON_IO_SWITCHBOARD_EXITED = 27,

                /** REASON_TASK_CHECK_STATUS_UPDATED value */
                REASON_TASK_CHECK_STATUS_UPDATED = 28,

                /** REASON_TASK_HEALTH_CHECK_STATUS_UPDATED value */
                REASON_TASK_HEALTH_CHECK_STATUS_UPDATED = 29,

                /** REASON_TASK_KILLED_DURING_LAUNCH value */
                REASON_TASK_KILLED_DURING_LAUNCH = 30,

                /** REASON_AGENT_REMOVED_BY_OPERATOR value */
                REASON_AGENT_REMOVED_BY_OPERATOR = 31,

                /** REASON_AGENT_REREGISTERED value */
                REASON_AGENT_REREGISTERED = 32,

                /** REASON_MAX_COMPLETION_TIME_REACHED value */
                REASON_MAX_COMPLETION_TIME_REACHED = 33,

                /** REASON_AGENT_DRAINING value */
                REASON_AGENT_DRAINING = 34
            }
        }

        /**
         * Properties of a TaskResourceLimitation.
         * @deprecated Use mesos.v1.TaskResourceLimitation.$Properties instead.
         */
        interface ITaskResourceLimitation extends mesos.v1.TaskResourceLimitation.$Properties {
        }

        /** Represents a TaskResourceLimitation. */
        class TaskResourceLimitation {

            /**
             * Constructs a new TaskResourceLimitation.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.v1.TaskResourceLimitation.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TaskResourceLimitation resources. */
            resources: mesos.v1.Resource[];

            /**
             * Creates a new TaskResourceLimitation instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TaskResourceLimitation instance
             */
            static create(properties: mesos.v1.TaskResourceLimitation.$Shape): mesos.v1.TaskResourceLimitation & mesos.v1.TaskResourceLimitation.$Shape;
            static create(properties?: mesos.v1.TaskResourceLimitation.$Properties): mesos.v1.TaskResourceLimitation;

            /**
             * Encodes the specified TaskResourceLimitation message. Does not implicitly {@link mesos.v1.TaskResourceLimitation.verify|verify} messages.
             * @param message TaskResourceLimitation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.v1.TaskResourceLimitation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskResourceLimitation message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.v1.TaskResourceLimitation & mesos.v1.TaskResourceLimitation.$Shape} TaskResourceLimitation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.TaskResourceLimitation & mesos.v1.TaskResourceLimitation.$Shape;
        }

        namespace TaskResourceLimitation {

            /** Properties of a TaskResourceLimitation. */
            interface $Properties {

                /** TaskResourceLimitation resources */
                resources?: mesos.v1.Resource.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TaskResourceLimitation. */
            type $Shape = mesos.v1.TaskResourceLimitation.$Properties;
        }

        /**
         * Properties of a ContainerStatus.
         * @deprecated Use mesos.v1.ContainerStatus.$Properties instead.
         */
        interface IContainerStatus extends mesos.v1.ContainerStatus.$Properties {
        }

        /** Represents a ContainerStatus. */
        class ContainerStatus {

            /**
             * Constructs a new ContainerStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.v1.ContainerStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ContainerStatus container_id. */
            container_id: (mesos.v1.ContainerID|null);

            /** ContainerStatus network_infos. */
            network_infos: mesos.v1.NetworkInfo[];

            /** ContainerStatus executor_pid. */
            executor_pid: (number|null);

            /**
             * Creates a new ContainerStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContainerStatus instance
             */
            static create(properties: mesos.v1.ContainerStatus.$Shape): mesos.v1.ContainerStatus & mesos.v1.ContainerStatus.$Shape;
            static create(properties?: mesos.v1.ContainerStatus.$Properties): mesos.v1.ContainerStatus;

            /**
             * Encodes the specified ContainerStatus message. Does not implicitly {@link mesos.v1.ContainerStatus.verify|verify} messages.
             * @param message ContainerStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.v1.ContainerStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContainerStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.v1.ContainerStatus & mesos.v1.ContainerStatus.$Shape} ContainerStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.ContainerStatus & mesos.v1.ContainerStatus.$Shape;
        }

        namespace ContainerStatus {

            /** Properties of a ContainerStatus. */
            interface $Properties {

                /** ContainerStatus container_id */
                container_id?: (mesos.v1.ContainerID.$Properties|null);

                /** ContainerStatus network_infos */
                network_infos?: mesos.v1.NetworkInfo.$Properties[];

                /** ContainerStatus executor_pid */
                executor_pid?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ContainerStatus. */
            type $Shape = mesos.v1.ContainerStatus.$Properties;
        }

        /**
         * Properties of a NetworkInfo.
         * @deprecated Use mesos.v1.NetworkInfo.$Properties instead.
         */
        interface INetworkInfo extends mesos.v1.NetworkInfo.$Properties {
        }

        /** Represents a NetworkInfo. */
        class NetworkInfo {

            /**
             * Constructs a new NetworkInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.v1.NetworkInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NetworkInfo ip_addresses. */
            ip_addresses: mesos.v1.NetworkInfo.IPAddress[];

            /** NetworkInfo name. */
            name: (string|null);

            /** NetworkInfo groups. */
            groups: string[];

            /** NetworkInfo labels. */
            labels: (mesos.v1.Labels|null);

            /** NetworkInfo port_mappings. */
            port_mappings: mesos.v1.NetworkInfo.PortMapping[];

            /**
             * Creates a new NetworkInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NetworkInfo instance
             */
            static create(properties: mesos.v1.NetworkInfo.$Shape): mesos.v1.NetworkInfo & mesos.v1.NetworkInfo.$Shape;
            static create(properties?: mesos.v1.NetworkInfo.$Properties): mesos.v1.NetworkInfo;

            /**
             * Encodes the specified NetworkInfo message. Does not implicitly {@link mesos.v1.NetworkInfo.verify|verify} messages.
             * @param message NetworkInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.v1.NetworkInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NetworkInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.v1.NetworkInfo & mesos.v1.NetworkInfo.$Shape} NetworkInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.NetworkInfo & mesos.v1.NetworkInfo.$Shape;
        }

        namespace NetworkInfo {

            /** Properties of a NetworkInfo. */
            interface $Properties {

                /** NetworkInfo ip_addresses */
                ip_addresses?: mesos.v1.NetworkInfo.IPAddress.$Properties[];

                /** NetworkInfo name */
                name?: (string|null);

                /** NetworkInfo groups */
                groups?: string[];

                /** NetworkInfo labels */
                labels?: (mesos.v1.Labels.$Properties|null);

                /** NetworkInfo port_mappings */
                port_mappings?: mesos.v1.NetworkInfo.PortMapping.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NetworkInfo. */
            type $Shape = mesos.v1.NetworkInfo.$Properties;

            /** Protocol enum. */
            enum Protocol {

                /** IPv4 value */
                IPv4 = 1,

                /** IPv6 value */
                IPv6 = 2
            }

            /**
             * Properties of a IPAddress.
             * @deprecated Use mesos.v1.NetworkInfo.IPAddress.$Properties instead.
             */
            interface IIPAddress extends mesos.v1.NetworkInfo.IPAddress.$Properties {
            }

            /** Represents a IPAddress. */
            class IPAddress {

                /**
                 * Constructs a new IPAddress.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mesos.v1.NetworkInfo.IPAddress.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** IPAddress protocol. */
                protocol: (mesos.v1.NetworkInfo.Protocol|null);

                /** IPAddress ip_address. */
                ip_address: (string|null);

                /**
                 * Creates a new IPAddress instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns IPAddress instance
                 */
                static create(properties: mesos.v1.NetworkInfo.IPAddress.$Shape): mesos.v1.NetworkInfo.IPAddress & mesos.v1.NetworkInfo.IPAddress.$Shape;
                static create(properties?: mesos.v1.NetworkInfo.IPAddress.$Properties): mesos.v1.NetworkInfo.IPAddress;

                /**
                 * Encodes the specified IPAddress message. Does not implicitly {@link mesos.v1.NetworkInfo.IPAddress.verify|verify} messages.
                 * @param message IPAddress message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mesos.v1.NetworkInfo.IPAddress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a IPAddress message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mesos.v1.NetworkInfo.IPAddress & mesos.v1.NetworkInfo.IPAddress.$Shape} IPAddress
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.NetworkInfo.IPAddress & mesos.v1.NetworkInfo.IPAddress.$Shape;
            }

            namespace IPAddress {

                /** Properties of a IPAddress. */
                interface $Properties {

                    /** IPAddress protocol */
                    protocol?: (mesos.v1.NetworkInfo.Protocol|null);

                    /** IPAddress ip_address */
                    ip_address?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a IPAddress. */
                type $Shape = mesos.v1.NetworkInfo.IPAddress.$Properties;
            }

            /**
             * Properties of a PortMapping.
             * @deprecated Use mesos.v1.NetworkInfo.PortMapping.$Properties instead.
             */
            interface IPortMapping extends mesos.v1.NetworkInfo.PortMapping.$Properties {
            }

            /** Represents a PortMapping. */
            class PortMapping {

                /**
                 * Constructs a new PortMapping.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mesos.v1.NetworkInfo.PortMapping.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PortMapping host_port. */
                host_port: number;

                /** PortMapping container_port. */
                container_port: number;

                /** PortMapping protocol. */
                protocol: (string|null);

                /**
                 * Creates a new PortMapping instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PortMapping instance
                 */
                static create(properties: mesos.v1.NetworkInfo.PortMapping.$Shape): mesos.v1.NetworkInfo.PortMapping & mesos.v1.NetworkInfo.PortMapping.$Shape;
                static create(properties?: mesos.v1.NetworkInfo.PortMapping.$Properties): mesos.v1.NetworkInfo.PortMapping;

                /**
                 * Encodes the specified PortMapping message. Does not implicitly {@link mesos.v1.NetworkInfo.PortMapping.verify|verify} messages.
                 * @param message PortMapping message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mesos.v1.NetworkInfo.PortMapping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PortMapping message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mesos.v1.NetworkInfo.PortMapping & mesos.v1.NetworkInfo.PortMapping.$Shape} PortMapping
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.NetworkInfo.PortMapping & mesos.v1.NetworkInfo.PortMapping.$Shape;
            }

            namespace PortMapping {

                /** Properties of a PortMapping. */
                interface $Properties {

                    /** PortMapping host_port */
                    host_port: number;

                    /** PortMapping container_port */
                    container_port: number;

                    /** PortMapping protocol */
                    protocol?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PortMapping. */
                type $Shape = mesos.v1.NetworkInfo.PortMapping.$Properties;
            }
        }

        /**
         * Properties of a Task.
         * @deprecated Use mesos.v1.Task.$Properties instead.
         */
        interface ITask extends mesos.v1.Task.$Properties {
        }

        /** Represents a Task. */
        class Task {

            /**
             * Constructs a new Task.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.v1.Task.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Task name. */
            name: string;

            /** Task task_id. */
            task_id: mesos.v1.TaskID;

            /** Task framework_id. */
            framework_id: mesos.v1.FrameworkID;

            /** Task executor_id. */
            executor_id: (mesos.v1.ExecutorID|null);

            /** Task agent_id. */
            agent_id: mesos.v1.AgentID;

            /** Task state. */
            state: mesos.v1.TaskState;

            /** Task resources. */
            resources: mesos.v1.Resource[];

            /** Task limits. */
            limits: { [k: string]: mesos.v1.Value.Scalar };

            /** Task statuses. */
            statuses: mesos.v1.TaskStatus[];

            /** Task status_update_state. */
            status_update_state: (mesos.v1.TaskState|null);

            /** Task status_update_uuid. */
            status_update_uuid: (Uint8Array|null);

            /** Task labels. */
            labels: (mesos.v1.Labels|null);

            /** Task user. */
            user: (string|null);

            /** Task health_check. */
            health_check: (mesos.v1.HealthCheck|null);

            /** Task kill_policy. */
            kill_policy: (mesos.v1.KillPolicy|null);

            /**
             * Creates a new Task instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Task instance
             */
            static create(properties: mesos.v1.Task.$Shape): mesos.v1.Task & mesos.v1.Task.$Shape;
            static create(properties?: mesos.v1.Task.$Properties): mesos.v1.Task;

            /**
             * Encodes the specified Task message. Does not implicitly {@link mesos.v1.Task.verify|verify} messages.
             * @param message Task message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.v1.Task.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Task message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.v1.Task & mesos.v1.Task.$Shape} Task
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.Task & mesos.v1.Task.$Shape;
        }

        namespace Task {

            /** Properties of a Task. */
            interface $Properties {

                /** Task name */
                name: string;

                /** Task task_id */
                task_id: mesos.v1.TaskID.$Properties;

                /** Task framework_id */
                framework_id: mesos.v1.FrameworkID.$Properties;

                /** Task executor_id */
                executor_id?: (mesos.v1.ExecutorID.$Properties|null);

                /** Task agent_id */
                agent_id: mesos.v1.AgentID.$Properties;

                /** Task state */
                state: mesos.v1.TaskState;

                /** Task resources */
                resources?: mesos.v1.Resource.$Properties[];

                /** Task limits */
                limits?: { [k: string]: mesos.v1.Value.Scalar.$Properties };

                /** Task statuses */
                statuses?: mesos.v1.TaskStatus.$Properties[];

                /** Task status_update_state */
                status_update_state?: (mesos.v1.TaskState|null);

                /** Task status_update_uuid */
                status_update_uuid?: (Uint8Array|null);

                /** Task labels */
                labels?: (mesos.v1.Labels.$Properties|null);

                /** Task user */
                user?: (string|null);

                /** Task health_check */
                health_check?: (mesos.v1.HealthCheck.$Properties|null);

                /** Task kill_policy */
                kill_policy?: (mesos.v1.KillPolicy.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Task. */
            type $Shape = mesos.v1.Task.$Properties;
        }

        /** Namespace executor. */
        namespace executor {

            /**
             * Properties of an Event.
             * @deprecated Use mesos.v1.executor.Event.$Properties instead.
             */
            interface IEvent extends mesos.v1.executor.Event.$Properties {
            }

            /** Represents an Event. */
            class Event {

                /**
                 * Constructs a new Event.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mesos.v1.executor.Event.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Event type. */
                type: (mesos.v1.executor.Event.Type|null);

                /** Event subscribed. */
                subscribed: (mesos.v1.executor.Event.Subscribed|null);

                /** Event acknowledged. */
                acknowledged: (mesos.v1.executor.Event.Acknowledged|null);

                /** Event launch. */
                launch: (mesos.v1.executor.Event.Launch|null);

                /** Event launch_group. */
                launch_group: (mesos.v1.executor.Event.LaunchGroup|null);

                /** Event kill. */
                kill: (mesos.v1.executor.Event.Kill|null);

                /** Event message. */
                message: (mesos.v1.executor.Event.Message|null);

                /** Event error. */
                error: (mesos.v1.executor.Event.Error|null);

                /**
                 * Creates a new Event instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Event instance
                 */
                static create(properties: mesos.v1.executor.Event.$Shape): mesos.v1.executor.Event & mesos.v1.executor.Event.$Shape;
                static create(properties?: mesos.v1.executor.Event.$Properties): mesos.v1.executor.Event;

                /**
                 * Encodes the specified Event message. Does not implicitly {@link mesos.v1.executor.Event.verify|verify} messages.
                 * @param message Event message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mesos.v1.executor.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Event message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mesos.v1.executor.Event & mesos.v1.executor.Event.$Shape} Event
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.executor.Event & mesos.v1.executor.Event.$Shape;
            }

            namespace Event {

                /** Properties of an Event. */
                interface $Properties {

                    /** Event type */
                    type?: (mesos.v1.executor.Event.Type|null);

                    /** Event subscribed */
                    subscribed?: (mesos.v1.executor.Event.Subscribed.$Properties|null);

                    /** Event acknowledged */
                    acknowledged?: (mesos.v1.executor.Event.Acknowledged.$Properties|null);

                    /** Event launch */
                    launch?: (mesos.v1.executor.Event.Launch.$Properties|null);

                    /** Event launch_group */
                    launch_group?: (mesos.v1.executor.Event.LaunchGroup.$Properties|null);

                    /** Event kill */
                    kill?: (mesos.v1.executor.Event.Kill.$Properties|null);

                    /** Event message */
                    message?: (mesos.v1.executor.Event.Message.$Properties|null);

                    /** Event error */
                    error?: (mesos.v1.executor.Event.Error.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Event. */
                type $Shape = mesos.v1.executor.Event.$Properties;

                /** Type enum. */
                enum Type {

                    /** UNKNOWN value */
                    UNKNOWN = 0,

                    /** SUBSCRIBED value */
                    SUBSCRIBED = 1,

                    /** LAUNCH value */
                    LAUNCH = 2,

                    /** LAUNCH_GROUP value */
                    LAUNCH_GROUP = 8,

                    /** KILL value */
                    KILL = 3,

                    /** ACKNOWLEDGED value */
                    ACKNOWLEDGED = 4,

                    /** MESSAGE value */
                    MESSAGE = 5,

                    /** ERROR value */
                    ERROR = 6,

                    /** SHUTDOWN value */
                    SHUTDOWN = 7,

                    /** HEARTBEAT value */
                    HEARTBEAT = 9
                }

                /**
                 * Properties of a Subscribed.
                 * @deprecated Use mesos.v1.executor.Event.Subscribed.$Properties instead.
                 */
                interface ISubscribed extends mesos.v1.executor.Event.Subscribed.$Properties {
                }

                /** Represents a Subscribed. */
                class Subscribed {

                    /**
                     * Constructs a new Subscribed.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.executor.Event.Subscribed.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Subscribed executor_info. */
                    executor_info: mesos.v1.ExecutorInfo;

                    /** Subscribed framework_info. */
                    framework_info: mesos.v1.FrameworkInfo;

                    /** Subscribed agent_info. */
                    agent_info: mesos.v1.AgentInfo;

                    /** Subscribed container_id. */
                    container_id: (mesos.v1.ContainerID|null);

                    /**
                     * Creates a new Subscribed instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Subscribed instance
                     */
                    static create(properties: mesos.v1.executor.Event.Subscribed.$Shape): mesos.v1.executor.Event.Subscribed & mesos.v1.executor.Event.Subscribed.$Shape;
                    static create(properties?: mesos.v1.executor.Event.Subscribed.$Properties): mesos.v1.executor.Event.Subscribed;

                    /**
                     * Encodes the specified Subscribed message. Does not implicitly {@link mesos.v1.executor.Event.Subscribed.verify|verify} messages.
                     * @param message Subscribed message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.executor.Event.Subscribed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Subscribed message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.executor.Event.Subscribed & mesos.v1.executor.Event.Subscribed.$Shape} Subscribed
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.executor.Event.Subscribed & mesos.v1.executor.Event.Subscribed.$Shape;
                }

                namespace Subscribed {

                    /** Properties of a Subscribed. */
                    interface $Properties {

                        /** Subscribed executor_info */
                        executor_info: mesos.v1.ExecutorInfo.$Properties;

                        /** Subscribed framework_info */
                        framework_info: mesos.v1.FrameworkInfo.$Properties;

                        /** Subscribed agent_info */
                        agent_info: mesos.v1.AgentInfo.$Properties;

                        /** Subscribed container_id */
                        container_id?: (mesos.v1.ContainerID.$Properties|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Subscribed. */
                    type $Shape = mesos.v1.executor.Event.Subscribed.$Properties;
                }

                /**
                 * Properties of a Launch.
                 * @deprecated Use mesos.v1.executor.Event.Launch.$Properties instead.
                 */
                interface ILaunch extends mesos.v1.executor.Event.Launch.$Properties {
                }

                /** Represents a Launch. */
                class Launch {

                    /**
                     * Constructs a new Launch.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.executor.Event.Launch.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Launch task. */
                    task: mesos.v1.TaskInfo;

                    /**
                     * Creates a new Launch instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Launch instance
                     */
                    static create(properties: mesos.v1.executor.Event.Launch.$Shape): mesos.v1.executor.Event.Launch & mesos.v1.executor.Event.Launch.$Shape;
                    static create(properties?: mesos.v1.executor.Event.Launch.$Properties): mesos.v1.executor.Event.Launch;

                    /**
                     * Encodes the specified Launch message. Does not implicitly {@link mesos.v1.executor.Event.Launch.verify|verify} messages.
                     * @param message Launch message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.executor.Event.Launch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Launch message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.executor.Event.Launch & mesos.v1.executor.Event.Launch.$Shape} Launch
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.executor.Event.Launch & mesos.v1.executor.Event.Launch.$Shape;
                }

                namespace Launch {

                    /** Properties of a Launch. */
                    interface $Properties {

                        /** Launch task */
                        task: mesos.v1.TaskInfo.$Properties;

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Launch. */
                    type $Shape = mesos.v1.executor.Event.Launch.$Properties;
                }

                /**
                 * Properties of a LaunchGroup.
                 * @deprecated Use mesos.v1.executor.Event.LaunchGroup.$Properties instead.
                 */
                interface ILaunchGroup extends mesos.v1.executor.Event.LaunchGroup.$Properties {
                }

                /** Represents a LaunchGroup. */
                class LaunchGroup {

                    /**
                     * Constructs a new LaunchGroup.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.executor.Event.LaunchGroup.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** LaunchGroup task_group. */
                    task_group: mesos.v1.TaskGroupInfo;

                    /**
                     * Creates a new LaunchGroup instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns LaunchGroup instance
                     */
                    static create(properties: mesos.v1.executor.Event.LaunchGroup.$Shape): mesos.v1.executor.Event.LaunchGroup & mesos.v1.executor.Event.LaunchGroup.$Shape;
                    static create(properties?: mesos.v1.executor.Event.LaunchGroup.$Properties): mesos.v1.executor.Event.LaunchGroup;

                    /**
                     * Encodes the specified LaunchGroup message. Does not implicitly {@link mesos.v1.executor.Event.LaunchGroup.verify|verify} messages.
                     * @param message LaunchGroup message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.executor.Event.LaunchGroup.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a LaunchGroup message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.executor.Event.LaunchGroup & mesos.v1.executor.Event.LaunchGroup.$Shape} LaunchGroup
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.executor.Event.LaunchGroup & mesos.v1.executor.Event.LaunchGroup.$Shape;
                }

                namespace LaunchGroup {

                    /** Properties of a LaunchGroup. */
                    interface $Properties {

                        /** LaunchGroup task_group */
                        task_group: mesos.v1.TaskGroupInfo.$Properties;

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a LaunchGroup. */
                    type $Shape = mesos.v1.executor.Event.LaunchGroup.$Properties;
                }

                /**
                 * Properties of a Kill.
                 * @deprecated Use mesos.v1.executor.Event.Kill.$Properties instead.
                 */
                interface IKill extends mesos.v1.executor.Event.Kill.$Properties {
                }

                /** Represents a Kill. */
                class Kill {

                    /**
                     * Constructs a new Kill.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.executor.Event.Kill.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Kill task_id. */
                    task_id: mesos.v1.TaskID;

                    /** Kill kill_policy. */
                    kill_policy: (mesos.v1.KillPolicy|null);

                    /**
                     * Creates a new Kill instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Kill instance
                     */
                    static create(properties: mesos.v1.executor.Event.Kill.$Shape): mesos.v1.executor.Event.Kill & mesos.v1.executor.Event.Kill.$Shape;
                    static create(properties?: mesos.v1.executor.Event.Kill.$Properties): mesos.v1.executor.Event.Kill;

                    /**
                     * Encodes the specified Kill message. Does not implicitly {@link mesos.v1.executor.Event.Kill.verify|verify} messages.
                     * @param message Kill message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.executor.Event.Kill.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Kill message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.executor.Event.Kill & mesos.v1.executor.Event.Kill.$Shape} Kill
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.executor.Event.Kill & mesos.v1.executor.Event.Kill.$Shape;
                }

                namespace Kill {

                    /** Properties of a Kill. */
                    interface $Properties {

                        /** Kill task_id */
                        task_id: mesos.v1.TaskID.$Properties;

                        /** Kill kill_policy */
                        kill_policy?: (mesos.v1.KillPolicy.$Properties|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Kill. */
                    type $Shape = mesos.v1.executor.Event.Kill.$Properties;
                }

                /**
                 * Properties of an Acknowledged.
                 * @deprecated Use mesos.v1.executor.Event.Acknowledged.$Properties instead.
                 */
                interface IAcknowledged extends mesos.v1.executor.Event.Acknowledged.$Properties {
                }

                /** Represents an Acknowledged. */
                class Acknowledged {

                    /**
                     * Constructs a new Acknowledged.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.executor.Event.Acknowledged.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Acknowledged task_id. */
                    task_id: mesos.v1.TaskID;

                    /** Acknowledged uuid. */
                    uuid: Uint8Array;

                    /**
                     * Creates a new Acknowledged instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Acknowledged instance
                     */
                    static create(properties: mesos.v1.executor.Event.Acknowledged.$Shape): mesos.v1.executor.Event.Acknowledged & mesos.v1.executor.Event.Acknowledged.$Shape;
                    static create(properties?: mesos.v1.executor.Event.Acknowledged.$Properties): mesos.v1.executor.Event.Acknowledged;

                    /**
                     * Encodes the specified Acknowledged message. Does not implicitly {@link mesos.v1.executor.Event.Acknowledged.verify|verify} messages.
                     * @param message Acknowledged message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.executor.Event.Acknowledged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an Acknowledged message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.executor.Event.Acknowledged & mesos.v1.executor.Event.Acknowledged.$Shape} Acknowledged
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.executor.Event.Acknowledged & mesos.v1.executor.Event.Acknowledged.$Shape;
                }

                namespace Acknowledged {

                    /** Properties of an Acknowledged. */
                    interface $Properties {

                        /** Acknowledged task_id */
                        task_id: mesos.v1.TaskID.$Properties;

                        /** Acknowledged uuid */
                        uuid: Uint8Array;

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of an Acknowledged. */
                    type $Shape = mesos.v1.executor.Event.Acknowledged.$Properties;
                }

                /**
                 * Properties of a Message.
                 * @deprecated Use mesos.v1.executor.Event.Message.$Properties instead.
                 */
                interface IMessage extends mesos.v1.executor.Event.Message.$Properties {
                }

                /** Represents a Message. */
                class Message {

                    /**
                     * Constructs a new Message.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.executor.Event.Message.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Message data. */
                    data: Uint8Array;

                    /**
                     * Creates a new Message instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Message instance
                     */
                    static create(properties: mesos.v1.executor.Event.Message.$Shape): mesos.v1.executor.Event.Message & mesos.v1.executor.Event.Message.$Shape;
                    static create(properties?: mesos.v1.executor.Event.Message.$Properties): mesos.v1.executor.Event.Message;

                    /**
                     * Encodes the specified Message message. Does not implicitly {@link mesos.v1.executor.Event.Message.verify|verify} messages.
                     * @param message Message message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.executor.Event.Message.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Message message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.executor.Event.Message & mesos.v1.executor.Event.Message.$Shape} Message
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.executor.Event.Message & mesos.v1.executor.Event.Message.$Shape;
                }

                namespace Message {

                    /** Properties of a Message. */
                    interface $Properties {

                        /** Message data */
                        data: Uint8Array;

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Message. */
                    type $Shape = mesos.v1.executor.Event.Message.$Properties;
                }

                /**
                 * Properties of an Error.
                 * @deprecated Use mesos.v1.executor.Event.Error.$Properties instead.
                 */
                interface IError extends mesos.v1.executor.Event.Error.$Properties {
                }

                /** Represents an Error. */
                class Error {

                    /**
                     * Constructs a new Error.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.executor.Event.Error.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Error message. */
                    message: string;

                    /**
                     * Creates a new Error instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Error instance
                     */
                    static create(properties: mesos.v1.executor.Event.Error.$Shape): mesos.v1.executor.Event.Error & mesos.v1.executor.Event.Error.$Shape;
                    static create(properties?: mesos.v1.executor.Event.Error.$Properties): mesos.v1.executor.Event.Error;

                    /**
                     * Encodes the specified Error message. Does not implicitly {@link mesos.v1.executor.Event.Error.verify|verify} messages.
                     * @param message Error message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.executor.Event.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an Error message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.executor.Event.Error & mesos.v1.executor.Event.Error.$Shape} Error
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.executor.Event.Error & mesos.v1.executor.Event.Error.$Shape;
                }

                namespace Error {

                    /** Properties of an Error. */
                    interface $Properties {

                        /** Error message */
                        message: string;

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of an Error. */
                    type $Shape = mesos.v1.executor.Event.Error.$Properties;
                }
            }

            /**
             * Properties of a Call.
             * @deprecated Use mesos.v1.executor.Call.$Properties instead.
             */
            interface ICall extends mesos.v1.executor.Call.$Properties {
            }

            /** Represents a Call. */
            class Call {

                /**
                 * Constructs a new Call.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mesos.v1.executor.Call.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Call executor_id. */
                executor_id: mesos.v1.ExecutorID;

                /** Call framework_id. */
                framework_id: mesos.v1.FrameworkID;

                /** Call type. */
                type: (mesos.v1.executor.Call.Type|null);

                /** Call subscribe. */
                subscribe: (mesos.v1.executor.Call.Subscribe|null);

                /** Call update. */
                update: (mesos.v1.executor.Call.Update|null);

                /** Call message. */
                message: (mesos.v1.executor.Call.Message|null);

                /**
                 * Creates a new Call instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Call instance
                 */
                static create(properties: mesos.v1.executor.Call.$Shape): mesos.v1.executor.Call & mesos.v1.executor.Call.$Shape;
                static create(properties?: mesos.v1.executor.Call.$Properties): mesos.v1.executor.Call;

                /**
                 * Encodes the specified Call message. Does not implicitly {@link mesos.v1.executor.Call.verify|verify} messages.
                 * @param message Call message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mesos.v1.executor.Call.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Call message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mesos.v1.executor.Call & mesos.v1.executor.Call.$Shape} Call
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.executor.Call & mesos.v1.executor.Call.$Shape;
            }

            namespace Call {

                /** Properties of a Call. */
                interface $Properties {

                    /** Call executor_id */
                    executor_id: mesos.v1.ExecutorID.$Properties;

                    /** Call framework_id */
                    framework_id: mesos.v1.FrameworkID.$Properties;

                    /** Call type */
                    type?: (mesos.v1.executor.Call.Type|null);

                    /** Call subscribe */
                    subscribe?: (mesos.v1.executor.Call.Subscribe.$Properties|null);

                    /** Call update */
                    update?: (mesos.v1.executor.Call.Update.$Properties|null);

                    /** Call message */
                    message?: (mesos.v1.executor.Call.Message.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Call. */
                type $Shape = mesos.v1.executor.Call.$Properties;

                /** Type enum. */
                enum Type {

                    /** UNKNOWN value */
                    UNKNOWN = 0,

                    /** SUBSCRIBE value */
                    SUBSCRIBE = 1,

                    /** UPDATE value */
                    UPDATE = 2,

                    /** MESSAGE value */
                    MESSAGE = 3,

                    /** HEARTBEAT value */
                    HEARTBEAT = 4
                }

                /**
                 * Properties of a Subscribe.
                 * @deprecated Use mesos.v1.executor.Call.Subscribe.$Properties instead.
                 */
                interface ISubscribe extends mesos.v1.executor.Call.Subscribe.$Properties {
                }

                /** Represents a Subscribe. */
                class Subscribe {

                    /**
                     * Constructs a new Subscribe.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.executor.Call.Subscribe.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Subscribe unacknowledged_tasks. */
                    unacknowledged_tasks: mesos.v1.TaskInfo[];

                    /** Subscribe unacknowledged_updates. */
                    unacknowledged_updates: mesos.v1.executor.Call.Update[];

                    /**
                     * Creates a new Subscribe instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Subscribe instance
                     */
                    static create(properties: mesos.v1.executor.Call.Subscribe.$Shape): mesos.v1.executor.Call.Subscribe & mesos.v1.executor.Call.Subscribe.$Shape;
                    static create(properties?: mesos.v1.executor.Call.Subscribe.$Properties): mesos.v1.executor.Call.Subscribe;

                    /**
                     * Encodes the specified Subscribe message. Does not implicitly {@link mesos.v1.executor.Call.Subscribe.verify|verify} messages.
                     * @param message Subscribe message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.executor.Call.Subscribe.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Subscribe message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.executor.Call.Subscribe & mesos.v1.executor.Call.Subscribe.$Shape} Subscribe
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.executor.Call.Subscribe & mesos.v1.executor.Call.Subscribe.$Shape;
                }

                namespace Subscribe {

                    /** Properties of a Subscribe. */
                    interface $Properties {

                        /** Subscribe unacknowledged_tasks */
                        unacknowledged_tasks?: mesos.v1.TaskInfo.$Properties[];

                        /** Subscribe unacknowledged_updates */
                        unacknowledged_updates?: mesos.v1.executor.Call.Update.$Properties[];

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Subscribe. */
                    type $Shape = mesos.v1.executor.Call.Subscribe.$Properties;
                }

                /**
                 * Properties of an Update.
                 * @deprecated Use mesos.v1.executor.Call.Update.$Properties instead.
                 */
                interface IUpdate extends mesos.v1.executor.Call.Update.$Properties {
                }

                /** Represents an Update. */
                class Update {

                    /**
                     * Constructs a new Update.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.executor.Call.Update.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Update status. */
                    status: mesos.v1.TaskStatus;

                    /**
                     * Creates a new Update instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Update instance
                     */
                    static create(properties: mesos.v1.executor.Call.Update.$Shape): mesos.v1.executor.Call.Update & mesos.v1.executor.Call.Update.$Shape;
                    static create(properties?: mesos.v1.executor.Call.Update.$Properties): mesos.v1.executor.Call.Update;

                    /**
                     * Encodes the specified Update message. Does not implicitly {@link mesos.v1.executor.Call.Update.verify|verify} messages.
                     * @param message Update message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.executor.Call.Update.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an Update message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.executor.Call.Update & mesos.v1.executor.Call.Update.$Shape} Update
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.executor.Call.Update & mesos.v1.executor.Call.Update.$Shape;
                }

                namespace Update {

                    /** Properties of an Update. */
                    interface $Properties {

                        /** Update status */
                        status: mesos.v1.TaskStatus.$Properties;

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of an Update. */
                    type $Shape = mesos.v1.executor.Call.Update.$Properties;
                }

                /**
                 * Properties of a Message.
                 * @deprecated Use mesos.v1.executor.Call.Message.$Properties instead.
                 */
                interface IMessage extends mesos.v1.executor.Call.Message.$Properties {
                }

                /** Represents a Message. */
                class Message {

                    /**
                     * Constructs a new Message.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.executor.Call.Message.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Message data. */
                    data: Uint8Array;

                    /**
                     * Creates a new Message instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Message instance
                     */
                    static create(properties: mesos.v1.executor.Call.Message.$Shape): mesos.v1.executor.Call.Message & mesos.v1.executor.Call.Message.$Shape;
                    static create(properties?: mesos.v1.executor.Call.Message.$Properties): mesos.v1.executor.Call.Message;

                    /**
                     * Encodes the specified Message message. Does not implicitly {@link mesos.v1.executor.Call.Message.verify|verify} messages.
                     * @param message Message message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.executor.Call.Message.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Message message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.executor.Call.Message & mesos.v1.executor.Call.Message.$Shape} Message
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.executor.Call.Message & mesos.v1.executor.Call.Message.$Shape;
                }

                namespace Message {

                    /** Properties of a Message. */
                    interface $Properties {

                        /** Message data */
                        data: Uint8Array;

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Message. */
                    type $Shape = mesos.v1.executor.Call.Message.$Properties;
                }
            }
        }
    }
}

/** Namespace cmf. */
export namespace cmf {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a NodeConfig.
         * @deprecated Use cmf.v1.NodeConfig.$Properties instead.
         */
        interface INodeConfig extends cmf.v1.NodeConfig.$Properties {
        }

        /** Represents a NodeConfig. */
        class NodeConfig {

            /**
             * Constructs a new NodeConfig.
             * @param [properties] Properties to set
             */
            constructor(properties?: cmf.v1.NodeConfig.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeConfig cluster_name. */
            cluster_name: string;

            /** NodeConfig node_id. */
            node_id: string;

            /** NodeConfig config_version. */
            config_version: string;

            /** NodeConfig seeds. */
            seeds: string[];

            /** NodeConfig listen_address. */
            listen_address: string;

            /** NodeConfig ports. */
            ports: (cmf.v1.Ports|null);

            /** NodeConfig dc. */
            dc: string;

            /** NodeConfig rack. */
            rack: string;

            /** NodeConfig snitch. */
            snitch: string;

            /** NodeConfig num_tokens. */
            num_tokens: number;

            /** NodeConfig initial_token. */
            initial_token: string;

            /** NodeConfig heap_mb. */
            heap_mb: number;

            /** NodeConfig new_gen_mb. */
            new_gen_mb: number;

            /** NodeConfig extra_jvm_opts. */
            extra_jvm_opts: string[];

            /** NodeConfig yaml_overrides. */
            yaml_overrides: { [k: string]: string };

            /** NodeConfig data_dir. */
            data_dir: string;

            /** NodeConfig distribution_dir. */
            distribution_dir: string;

            /** NodeConfig jolokia_agent_path. */
            jolokia_agent_path: string;

            /** NodeConfig replace_address. */
            replace_address: string;

            /** NodeConfig health_interval_ms. */
            health_interval_ms: number;

            /** NodeConfig drain_timeout_ms. */
            drain_timeout_ms: number;

            /**
             * Creates a new NodeConfig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeConfig instance
             */
            static create(properties: cmf.v1.NodeConfig.$Shape): cmf.v1.NodeConfig & cmf.v1.NodeConfig.$Shape;
            static create(properties?: cmf.v1.NodeConfig.$Properties): cmf.v1.NodeConfig;

            /**
             * Encodes the specified NodeConfig message. Does not implicitly {@link cmf.v1.NodeConfig.verify|verify} messages.
             * @param message NodeConfig message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cmf.v1.NodeConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeConfig message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cmf.v1.NodeConfig & cmf.v1.NodeConfig.$Shape} NodeConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cmf.v1.NodeConfig & cmf.v1.NodeConfig.$Shape;
        }

        namespace NodeConfig {

            /** Properties of a NodeConfig. */
            interface $Properties {

                /** NodeConfig cluster_name */
                cluster_name?: string;

                /** NodeConfig node_id */
                node_id?: string;

                /** NodeConfig config_version */
                config_version?: string;

                /** NodeConfig seeds */
                seeds?: string[];

                /** NodeConfig listen_address */
                listen_address?: string;

                /** NodeConfig ports */
                ports?: (cmf.v1.Ports.$Properties|null);

                /** NodeConfig dc */
                dc?: string;

                /** NodeConfig rack */
                rack?: string;

                /** NodeConfig snitch */
                snitch?: string;

                /** NodeConfig num_tokens */
                num_tokens?: number;

                /** NodeConfig initial_token */
                initial_token?: string;

                /** NodeConfig heap_mb */
                heap_mb?: number;

                /** NodeConfig new_gen_mb */
                new_gen_mb?: number;

                /** NodeConfig extra_jvm_opts */
                extra_jvm_opts?: string[];

                /** NodeConfig yaml_overrides */
                yaml_overrides?: { [k: string]: string };

                /** NodeConfig data_dir */
                data_dir?: string;

                /** NodeConfig distribution_dir */
                distribution_dir?: string;

                /** NodeConfig jolokia_agent_path */
                jolokia_agent_path?: string;

                /** NodeConfig replace_address */
                replace_address?: string;

                /** NodeConfig health_interval_ms */
                health_interval_ms?: number;

                /** NodeConfig drain_timeout_ms */
                drain_timeout_ms?: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeConfig. */
            type $Shape = cmf.v1.NodeConfig.$Properties;
        }

        /**
         * Properties of a Ports.
         * @deprecated Use cmf.v1.Ports.$Properties instead.
         */
        interface IPorts extends cmf.v1.Ports.$Properties {
        }

        /** Represents a Ports. */
        class Ports {

            /**
             * Constructs a new Ports.
             * @param [properties] Properties to set
             */
            constructor(properties?: cmf.v1.Ports.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Ports storage. */
            storage: number;

            /** Ports native. */
            native: number;

            /** Ports jmx. */
            jmx: number;

            /** Ports jolokia. */
            jolokia: number;

            /**
             * Creates a new Ports instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Ports instance
             */
            static create(properties: cmf.v1.Ports.$Shape): cmf.v1.Ports & cmf.v1.Ports.$Shape;
            static create(properties?: cmf.v1.Ports.$Properties): cmf.v1.Ports;

            /**
             * Encodes the specified Ports message. Does not implicitly {@link cmf.v1.Ports.verify|verify} messages.
             * @param message Ports message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cmf.v1.Ports.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Ports message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cmf.v1.Ports & cmf.v1.Ports.$Shape} Ports
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cmf.v1.Ports & cmf.v1.Ports.$Shape;
        }

        namespace Ports {

            /** Properties of a Ports. */
            interface $Properties {

                /** Ports storage */
                storage?: number;

                /** Ports native */
                native?: number;

                /** Ports jmx */
                jmx?: number;

                /** Ports jolokia */
                jolokia?: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Ports. */
            type $Shape = cmf.v1.Ports.$Properties;
        }

        /**
         * Properties of a NodeHealth.
         * @deprecated Use cmf.v1.NodeHealth.$Properties instead.
         */
        interface INodeHealth extends cmf.v1.NodeHealth.$Properties {
        }

        /** Represents a NodeHealth. */
        class NodeHealth {

            /**
             * Constructs a new NodeHealth.
             * @param [properties] Properties to set
             */
            constructor(properties?: cmf.v1.NodeHealth.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeHealth probed_at_ms. */
            probed_at_ms: number;

            /** NodeHealth problem. */
            problem: string;

            /** NodeHealth config_version. */
            config_version: string;

            /** NodeHealth host_id. */
            host_id: string;

            /** NodeHealth cassandra_version. */
            cassandra_version: string;

            /** NodeHealth operation_mode. */
            operation_mode: string;

            /** NodeHealth joined. */
            joined: boolean;

            /** NodeHealth native_transport_running. */
            native_transport_running: boolean;

            /** NodeHealth gossip_running. */
            gossip_running: boolean;

            /** NodeHealth live_nodes. */
            live_nodes: string[];

            /** NodeHealth unreachable_nodes. */
            unreachable_nodes: string[];

            /** NodeHealth joining_nodes. */
            joining_nodes: string[];

            /** NodeHealth leaving_nodes. */
            leaving_nodes: string[];

            /** NodeHealth moving_nodes. */
            moving_nodes: string[];

            /** NodeHealth pending_compactions. */
            pending_compactions: number;

            /** NodeHealth dropped_messages. */
            dropped_messages: number;

            /** NodeHealth heap_used_bytes. */
            heap_used_bytes: number;

            /** NodeHealth heap_max_bytes. */
            heap_max_bytes: number;

            /** NodeHealth load_bytes. */
            load_bytes: number;

            /**
             * Creates a new NodeHealth instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeHealth instance
             */
            static create(properties: cmf.v1.NodeHealth.$Shape): cmf.v1.NodeHealth & cmf.v1.NodeHealth.$Shape;
            static create(properties?: cmf.v1.NodeHealth.$Properties): cmf.v1.NodeHealth;

            /**
             * Encodes the specified NodeHealth message. Does not implicitly {@link cmf.v1.NodeHealth.verify|verify} messages.
             * @param message NodeHealth message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cmf.v1.NodeHealth.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeHealth message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cmf.v1.NodeHealth & cmf.v1.NodeHealth.$Shape} NodeHealth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cmf.v1.NodeHealth & cmf.v1.NodeHealth.$Shape;
        }

        namespace NodeHealth {

            /** Properties of a NodeHealth. */
            interface $Properties {

                /** NodeHealth probed_at_ms */
                probed_at_ms?: number;

                /** NodeHealth problem */
                problem?: string;

                /** NodeHealth config_version */
                config_version?: string;

                /** NodeHealth host_id */
                host_id?: string;

                /** NodeHealth cassandra_version */
                cassandra_version?: string;

                /** NodeHealth operation_mode */
                operation_mode?: string;

                /** NodeHealth joined */
                joined?: boolean;

                /** NodeHealth native_transport_running */
                native_transport_running?: boolean;

                /** NodeHealth gossip_running */
                gossip_running?: boolean;

                /** NodeHealth live_nodes */
                live_nodes?: string[];

                /** NodeHealth unreachable_nodes */
                unreachable_nodes?: string[];

                /** NodeHealth joining_nodes */
                joining_nodes?: string[];

                /** NodeHealth leaving_nodes */
                leaving_nodes?: string[];

                /** NodeHealth moving_nodes */
                moving_nodes?: string[];

                /** NodeHealth pending_compactions */
                pending_compactions?: number;

                /** NodeHealth dropped_messages */
                dropped_messages?: number;

                /** NodeHealth heap_used_bytes */
                heap_used_bytes?: number;

                /** NodeHealth heap_max_bytes */
                heap_max_bytes?: number;

                /** NodeHealth load_bytes */
                load_bytes?: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeHealth. */
            type $Shape = cmf.v1.NodeHealth.$Properties;
        }

        /**
         * Properties of an AdminRequest.
         * @deprecated Use cmf.v1.AdminRequest.$Properties instead.
         */
        interface IAdminRequest extends cmf.v1.AdminRequest.$Properties {
        }

        /** Represents an AdminRequest. */
        class AdminRequest {

            /**
             * Constructs a new AdminRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: cmf.v1.AdminRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AdminRequest request_id. */
            request_id: string;

            /** AdminRequest repair. */
            repair: (cmf.v1.AdminRequest.Repair|null);

            /** AdminRequest cleanup. */
            cleanup: (cmf.v1.AdminRequest.Cleanup|null);

            /** AdminRequest decommission. */
            decommission: (cmf.v1.AdminRequest.Decommission|null);

            /** AdminRequest drain. */
            drain: (cmf.v1.AdminRequest.Drain|null);

            /** AdminRequest snapshot. */
            snapshot: (cmf.v1.AdminRequest.Snapshot|null);

            /** AdminRequest abort. */
            abort: (cmf.v1.AdminRequest.Abort|null);

            /** AdminRequest query. */
            query: (cmf.v1.AdminRequest.Query|null);

            /** AdminRequest update_seeds. */
            update_seeds: (cmf.v1.AdminRequest.UpdateSeeds|null);

            /** AdminRequest op. */
            op?: ("repair"|"cleanup"|"decommission"|"drain"|"snapshot"|"abort"|"query"|"update_seeds");

            /**
             * Creates a new AdminRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AdminRequest instance
             */
            static create(properties: cmf.v1.AdminRequest.$Shape): cmf.v1.AdminRequest & cmf.v1.AdminRequest.$Shape;
            static create(properties?: cmf.v1.AdminRequest.$Properties): cmf.v1.AdminRequest;

            /**
             * Encodes the specified AdminRequest message. Does not implicitly {@link cmf.v1.AdminRequest.verify|verify} messages.
             * @param message AdminRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cmf.v1.AdminRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AdminRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cmf.v1.AdminRequest & cmf.v1.AdminRequest.$Shape} AdminRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cmf.v1.AdminRequest & cmf.v1.AdminRequest.$Shape;
        }

        namespace AdminRequest {

            /** Properties of an AdminRequest. */
            interface $Properties {

                /** AdminRequest request_id */
                request_id?: string;

                /** AdminRequest repair */
                repair?: (cmf.v1.AdminRequest.Repair.$Properties|null);

                /** AdminRequest cleanup */
                cleanup?: (cmf.v1.AdminRequest.Cleanup.$Properties|null);

                /** AdminRequest decommission */
                decommission?: (cmf.v1.AdminRequest.Decommission.$Properties|null);

                /** AdminRequest drain */
                drain?: (cmf.v1.AdminRequest.Drain.$Properties|null);

                /** AdminRequest snapshot */
                snapshot?: (cmf.v1.AdminRequest.Snapshot.$Properties|null);

                /** AdminRequest abort */
                abort?: (cmf.v1.AdminRequest.Abort.$Properties|null);

                /** AdminRequest query */
                query?: (cmf.v1.AdminRequest.Query.$Properties|null);

                /** AdminRequest update_seeds */
                update_seeds?: (cmf.v1.AdminRequest.UpdateSeeds.$Properties|null);

                /** AdminRequest op */
                op?: ("repair"|"cleanup"|"decommission"|"drain"|"snapshot"|"abort"|"query"|"update_seeds");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an AdminRequest. */
            type $Shape = {
              request_id?: string;
              repair?: cmf.v1.AdminRequest.Repair.$Shape|null;
              cleanup?: cmf.v1.AdminRequest.Cleanup.$Shape|null;
              decommission?: cmf.v1.AdminRequest.Decommission.$Shape|null;
              drain?: cmf.v1.AdminRequest.Drain.$Shape|null;
              snapshot?: cmf.v1.AdminRequest.Snapshot.$Shape|null;
              abort?: cmf.v1.AdminRequest.Abort.$Shape|null;
              query?: cmf.v1.AdminRequest.Query.$Shape|null;
              update_seeds?: cmf.v1.AdminRequest.UpdateSeeds.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ op?: undefined; repair?: null; cleanup?: null; decommission?: null; drain?: null; snapshot?: null; abort?: null; query?: null; update_seeds?: null }|{ op?: "repair"; repair: cmf.v1.AdminRequest.Repair.$Shape; cleanup?: null; decommission?: null; drain?: null; snapshot?: null; abort?: null; query?: null; update_seeds?: null }|{ op?: "cleanup"; repair?: null; cleanup: cmf.v1.AdminRequest.Cleanup.$Shape; decommission?: null; drain?: null; snapshot?: null; abort?: null; query?: null; update_seeds?: null }|{ op?: "decommission"; repair?: null; cleanup?: null; decommission: cmf.v1.AdminRequest.Decommission.$Shape; drain?: null; snapshot?: null; abort?: null; query?: null; update_seeds?: null }|{ op?: "drain"; repair?: null; cleanup?: null; decommission?: null; drain: cmf.v1.AdminRequest.Drain.$Shape; snapshot?: null; abort?: null; query?: null; update_seeds?: null }|{ op?: "snapshot"; repair?: null; cleanup?: null; decommission?: null; drain?: null; snapshot: cmf.v1.AdminRequest.Snapshot.$Shape; abort?: null; query?: null; update_seeds?: null }|{ op?: "abort"; repair?: null; cleanup?: null; decommission?: null; drain?: null; snapshot?: null; abort: cmf.v1.AdminRequest.Abort.$Shape; query?: null; update_seeds?: null }|{ op?: "query"; repair?: null; cleanup?: null; decommission?: null; drain?: null; snapshot?: null; abort?: null; query: cmf.v1.AdminRequest.Query.$Shape; update_seeds?: null }|{ op?: "update_seeds"; repair?: null; cleanup?: null; decommission?: null; drain?: null; snapshot?: null; abort?: null; query?: null; update_seeds: cmf.v1.AdminRequest.UpdateSeeds.$Shape })
            );

            /**
             * Properties of a Repair.
             * @deprecated Use cmf.v1.AdminRequest.Repair.$Properties instead.
             */
            interface IRepair extends cmf.v1.AdminRequest.Repair.$Properties {
            }

            /** Represents a Repair. */
            class Repair {

                /**
                 * Constructs a new Repair.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cmf.v1.AdminRequest.Repair.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Repair keyspaces. */
                keyspaces: string[];

                /** Repair tables. */
                tables: string[];

                /** Repair full. */
                full: boolean;

                /** Repair primary_range. */
                primary_range: boolean;

                /** Repair timeout_ms. */
                timeout_ms: number;

                /**
                 * Creates a new Repair instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Repair instance
                 */
                static create(properties: cmf.v1.AdminRequest.Repair.$Shape): cmf.v1.AdminRequest.Repair & cmf.v1.AdminRequest.Repair.$Shape;
                static create(properties?: cmf.v1.AdminRequest.Repair.$Properties): cmf.v1.AdminRequest.Repair;

                /**
                 * Encodes the specified Repair message. Does not implicitly {@link cmf.v1.AdminRequest.Repair.verify|verify} messages.
                 * @param message Repair message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cmf.v1.AdminRequest.Repair.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Repair message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cmf.v1.AdminRequest.Repair & cmf.v1.AdminRequest.Repair.$Shape} Repair
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cmf.v1.AdminRequest.Repair & cmf.v1.AdminRequest.Repair.$Shape;
            }

            namespace Repair {

                /** Properties of a Repair. */
                interface $Properties {

                    /** Repair keyspaces */
                    keyspaces?: string[];

                    /** Repair tables */
                    tables?: string[];

                    /** Repair full */
                    full?: boolean;

                    /** Repair primary_range */
                    primary_range?: boolean;

                    /** Repair timeout_ms */
                    timeout_ms?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Repair. */
                type $Shape = cmf.v1.AdminRequest.Repair.$Properties;
            }

            /**
             * Properties of a Cleanup.
             * @deprecated Use cmf.v1.AdminRequest.Cleanup.$Properties instead.
             */
            interface ICleanup extends cmf.v1.AdminRequest.Cleanup.$Properties {
            }

            /** Represents a Cleanup. */
            class Cleanup {

                /**
                 * Constructs a new Cleanup.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cmf.v1.AdminRequest.Cleanup.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Cleanup keyspaces. */
                keyspaces: string[];

                /**
                 * Creates a new Cleanup instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Cleanup instance
                 */
                static create(properties: cmf.v1.AdminRequest.Cleanup.$Shape): cmf.v1.AdminRequest.Cleanup & cmf.v1.AdminRequest.Cleanup.$Shape;
                static create(properties?: cmf.v1.AdminRequest.Cleanup.$Properties): cmf.v1.AdminRequest.Cleanup;

                /**
                 * Encodes the specified Cleanup message. Does not implicitly {@link cmf.v1.AdminRequest.Cleanup.verify|verify} messages.
                 * @param message Cleanup message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cmf.v1.AdminRequest.Cleanup.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Cleanup message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cmf.v1.AdminRequest.Cleanup & cmf.v1.AdminRequest.Cleanup.$Shape} Cleanup
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cmf.v1.AdminRequest.Cleanup & cmf.v1.AdminRequest.Cleanup.$Shape;
            }

            namespace Cleanup {

                /** Properties of a Cleanup. */
                interface $Properties {

                    /** Cleanup keyspaces */
                    keyspaces?: string[];

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Cleanup. */
                type $Shape = cmf.v1.AdminRequest.Cleanup.$Properties;
            }

            /**
             * Properties of a Decommission.
             * @deprecated Use cmf.v1.AdminRequest.Decommission.$Properties instead.
             */
            interface IDecommission extends cmf.v1.AdminRequest.Decommission.$Properties {
            }

            /** Represents a Decommission. */
            class Decommission {

                /**
                 * Constructs a new Decommission.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cmf.v1.AdminRequest.Decommission.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new Decommission instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Decommission instance
                 */
                static create(properties: cmf.v1.AdminRequest.Decommission.$Shape): cmf.v1.AdminRequest.Decommission & cmf.v1.AdminRequest.Decommission.$Shape;
                static create(properties?: cmf.v1.AdminRequest.Decommission.$Properties): cmf.v1.AdminRequest.Decommission;

                /**
                 * Encodes the specified Decommission message. Does not implicitly {@link cmf.v1.AdminRequest.Decommission.verify|verify} messages.
                 * @param message Decommission message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cmf.v1.AdminRequest.Decommission.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Decommission message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cmf.v1.AdminRequest.Decommission & cmf.v1.AdminRequest.Decommission.$Shape} Decommission
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cmf.v1.AdminRequest.Decommission & cmf.v1.AdminRequest.Decommission.$Shape;
            }

            namespace Decommission {

                /** Properties of a Decommission. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Decommission. */
                type $Shape = cmf.v1.AdminRequest.Decommission.$Properties;
            }

            /**
             * Properties of a Drain.
             * @deprecated Use cmf.v1.AdminRequest.Drain.$Properties instead.
             */
            interface IDrain extends cmf.v1.AdminRequest.Drain.$Properties {
            }

            /** Represents a Drain. */
            class Drain {

                /**
                 * Constructs a new Drain.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cmf.v1.AdminRequest.Drain.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new Drain instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Drain instance
                 */
                static create(properties: cmf.v1.AdminRequest.Drain.$Shape): cmf.v1.AdminRequest.Drain & cmf.v1.AdminRequest.Drain.$Shape;
                static create(properties?: cmf.v1.AdminRequest.Drain.$Properties): cmf.v1.AdminRequest.Drain;

                /**
                 * Encodes the specified Drain message. Does not implicitly {@link cmf.v1.AdminRequest.Drain.verify|verify} messages.
                 * @param message Drain message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cmf.v1.AdminRequest.Drain.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Drain message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cmf.v1.AdminRequest.Drain & cmf.v1.AdminRequest.Drain.$Shape} Drain
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cmf.v1.AdminRequest.Drain & cmf.v1.AdminRequest.Drain.$Shape;
            }

            namespace Drain {

                /** Properties of a Drain. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Drain. */
                type $Shape = cmf.v1.AdminRequest.Drain.$Properties;
            }

            /**
             * Properties of a Snapshot.
             * @deprecated Use cmf.v1.AdminRequest.Snapshot.$Properties instead.
             */
            interface ISnapshot extends cmf.v1.AdminRequest.Snapshot.$Properties {
            }

            /** Represents a Snapshot. */
            class Snapshot {

                /**
                 * Constructs a new Snapshot.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cmf.v1.AdminRequest.Snapshot.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Snapshot tag. */
                tag: string;

                /** Snapshot keyspaces. */
                keyspaces: string[];

                /**
                 * Creates a new Snapshot instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Snapshot instance
                 */
                static create(properties: cmf.v1.AdminRequest.Snapshot.$Shape): cmf.v1.AdminRequest.Snapshot & cmf.v1.AdminRequest.Snapshot.$Shape;
                static create(properties?: cmf.v1.AdminRequest.Snapshot.$Properties): cmf.v1.AdminRequest.Snapshot;

                /**
                 * Encodes the specified Snapshot message. Does not implicitly {@link cmf.v1.AdminRequest.Snapshot.verify|verify} messages.
                 * @param message Snapshot message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cmf.v1.AdminRequest.Snapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Snapshot message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cmf.v1.AdminRequest.Snapshot & cmf.v1.AdminRequest.Snapshot.$Shape} Snapshot
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cmf.v1.AdminRequest.Snapshot & cmf.v1.AdminRequest.Snapshot.$Shape;
            }

            namespace Snapshot {

                /** Properties of a Snapshot. */
                interface $Properties {

                    /** Snapshot tag */
                    tag?: string;

                    /** Snapshot keyspaces */
                    keyspaces?: string[];

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Snapshot. */
                type $Shape = cmf.v1.AdminRequest.Snapshot.$Properties;
            }

            /**
             * Properties of an Abort.
             * @deprecated Use cmf.v1.AdminRequest.Abort.$Properties instead.
             */
            interface IAbort extends cmf.v1.AdminRequest.Abort.$Properties {
            }

            /** Represents an Abort. */
            class Abort {

                /**
                 * Constructs a new Abort.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cmf.v1.AdminRequest.Abort.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Abort request_id. */
                request_id: string;

                /**
                 * Creates a new Abort instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Abort instance
                 */
                static create(properties: cmf.v1.AdminRequest.Abort.$Shape): cmf.v1.AdminRequest.Abort & cmf.v1.AdminRequest.Abort.$Shape;
                static create(properties?: cmf.v1.AdminRequest.Abort.$Properties): cmf.v1.AdminRequest.Abort;

                /**
                 * Encodes the specified Abort message. Does not implicitly {@link cmf.v1.AdminRequest.Abort.verify|verify} messages.
                 * @param message Abort message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cmf.v1.AdminRequest.Abort.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Abort message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cmf.v1.AdminRequest.Abort & cmf.v1.AdminRequest.Abort.$Shape} Abort
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cmf.v1.AdminRequest.Abort & cmf.v1.AdminRequest.Abort.$Shape;
            }

            namespace Abort {

                /** Properties of an Abort. */
                interface $Properties {

                    /** Abort request_id */
                    request_id?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Abort. */
                type $Shape = cmf.v1.AdminRequest.Abort.$Properties;
            }

            /**
             * Properties of a Query.
             * @deprecated Use cmf.v1.AdminRequest.Query.$Properties instead.
             */
            interface IQuery extends cmf.v1.AdminRequest.Query.$Properties {
            }

            /** Represents a Query. */
            class Query {

                /**
                 * Constructs a new Query.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cmf.v1.AdminRequest.Query.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Query request_id. */
                request_id: string;

                /**
                 * Creates a new Query instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Query instance
                 */
                static create(properties: cmf.v1.AdminRequest.Query.$Shape): cmf.v1.AdminRequest.Query & cmf.v1.AdminRequest.Query.$Shape;
                static create(properties?: cmf.v1.AdminRequest.Query.$Properties): cmf.v1.AdminRequest.Query;

                /**
                 * Encodes the specified Query message. Does not implicitly {@link cmf.v1.AdminRequest.Query.verify|verify} messages.
                 * @param message Query message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cmf.v1.AdminRequest.Query.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Query message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cmf.v1.AdminRequest.Query & cmf.v1.AdminRequest.Query.$Shape} Query
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cmf.v1.AdminRequest.Query & cmf.v1.AdminRequest.Query.$Shape;
            }

            namespace Query {

                /** Properties of a Query. */
                interface $Properties {

                    /** Query request_id */
                    request_id?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Query. */
                type $Shape = cmf.v1.AdminRequest.Query.$Properties;
            }

            /**
             * Properties of an UpdateSeeds.
             * @deprecated Use cmf.v1.AdminRequest.UpdateSeeds.$Properties instead.
             */
            interface IUpdateSeeds extends cmf.v1.AdminRequest.UpdateSeeds.$Properties {
            }

            /** Represents an UpdateSeeds. */
            class UpdateSeeds {

                /**
                 * Constructs a new UpdateSeeds.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cmf.v1.AdminRequest.UpdateSeeds.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** UpdateSeeds seeds. */
                seeds: string[];

                /**
                 * Creates a new UpdateSeeds instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns UpdateSeeds instance
                 */
                static create(properties: cmf.v1.AdminRequest.UpdateSeeds.$Shape): cmf.v1.AdminRequest.UpdateSeeds & cmf.v1.AdminRequest.UpdateSeeds.$Shape;
                static create(properties?: cmf.v1.AdminRequest.UpdateSeeds.$Properties): cmf.v1.AdminRequest.UpdateSeeds;

                /**
                 * Encodes the specified UpdateSeeds message. Does not implicitly {@link cmf.v1.AdminRequest.UpdateSeeds.verify|verify} messages.
                 * @param message UpdateSeeds message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cmf.v1.AdminRequest.UpdateSeeds.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an UpdateSeeds message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cmf.v1.AdminRequest.UpdateSeeds & cmf.v1.AdminRequest.UpdateSeeds.$Shape} UpdateSeeds
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cmf.v1.AdminRequest.UpdateSeeds & cmf.v1.AdminRequest.UpdateSeeds.$Shape;
            }

            namespace UpdateSeeds {

                /** Properties of an UpdateSeeds. */
                interface $Properties {

                    /** UpdateSeeds seeds */
                    seeds?: string[];

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an UpdateSeeds. */
                type $Shape = cmf.v1.AdminRequest.UpdateSeeds.$Properties;
            }
        }

        /**
         * Properties of an AdminReport.
         * @deprecated Use cmf.v1.AdminReport.$Properties instead.
         */
        interface IAdminReport extends cmf.v1.AdminReport.$Properties {
        }

        /** Represents an AdminReport. */
        class AdminReport {

            /**
             * Constructs a new AdminReport.
             * @param [properties] Properties to set
             */
            constructor(properties?: cmf.v1.AdminReport.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AdminReport request_id. */
            request_id: string;

            /** AdminReport node_id. */
            node_id: string;

            /** AdminReport state. */
            state: cmf.v1.AdminReport.State;

            /** AdminReport message. */
            message: string;

            /** AdminReport steps_done. */
            steps_done: number;

            /** AdminReport steps_total. */
            steps_total: number;

            /** AdminReport started_at_ms. */
            started_at_ms: number;

            /** AdminReport finished_at_ms. */
            finished_at_ms: number;

            /**
             * Creates a new AdminReport instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AdminReport instance
             */
            static create(properties: cmf.v1.AdminReport.$Shape): cmf.v1.AdminReport & cmf.v1.AdminReport.$Shape;
            static create(properties?: cmf.v1.AdminReport.$Properties): cmf.v1.AdminReport;

            /**
             * Encodes the specified AdminReport message. Does not implicitly {@link cmf.v1.AdminReport.verify|verify} messages.
             * @param message AdminReport message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cmf.v1.AdminReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AdminReport message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cmf.v1.AdminReport & cmf.v1.AdminReport.$Shape} AdminReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cmf.v1.AdminReport & cmf.v1.AdminReport.$Shape;
        }

        namespace AdminReport {

            /** Properties of an AdminReport. */
            interface $Properties {

                /** AdminReport request_id */
                request_id?: string;

                /** AdminReport node_id */
                node_id?: string;

                /** AdminReport state */
                state?: cmf.v1.AdminReport.State;

                /** AdminReport message */
                message?: string;

                /** AdminReport steps_done */
                steps_done?: number;

                /** AdminReport steps_total */
                steps_total?: number;

                /** AdminReport started_at_ms */
                started_at_ms?: number;

                /** AdminReport finished_at_ms */
                finished_at_ms?: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AdminReport. */
            type $Shape = cmf.v1.AdminReport.$Properties;

            /** State enum. */
            enum State {

                /** UNKNOWN value */
                UNKNOWN = 0,

                /** ACCEPTED value */
                ACCEPTED = 1,

                /** RUNNING value */
                RUNNING = 2,

                /** SUCCEEDED value */
                SUCCEEDED = 3,

                /** FAILED value */
                FAILED = 4,

                /** ABORTED value */
                ABORTED = 5,

                /** REJECTED value */
                REJECTED = 6
            }
        }
    }
}
