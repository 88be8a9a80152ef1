import * as $protobuf from "protobufjs";

/** Namespace cmf. */
export namespace cmf {

    /** Namespace v1. */
    namespace v1 {

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

            /**
             * Verifies an AdminRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AdminRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AdminRequest
             */
            static fromObject(object: { [k: string]: any }): cmf.v1.AdminRequest;

            /**
             * Creates a plain object from an AdminRequest message. Also converts values to other types if specified.
             * @param message AdminRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cmf.v1.AdminRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AdminRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

                /**
                 * Verifies a Repair message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Repair message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Repair
                 */
                static fromObject(object: { [k: string]: any }): cmf.v1.AdminRequest.Repair;

                /**
                 * Creates a plain object from a Repair message. Also converts values to other types if specified.
                 * @param message Repair
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cmf.v1.AdminRequest.Repair, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Repair to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
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

                /**
                 * Verifies a Cleanup message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Cleanup message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Cleanup
                 */
                static fromObject(object: { [k: string]: any }): cmf.v1.AdminRequest.Cleanup;

                /**
                 * Creates a plain object from a Cleanup message. Also converts values to other types if specified.
                 * @param message Cleanup
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cmf.v1.AdminRequest.Cleanup, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Cleanup to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
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

                /**
                 * Verifies a Decommission message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Decommission message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Decommission
                 */
                static fromObject(object: { [k: string]: any }): cmf.v1.AdminRequest.Decommission;

                /**
                 * Creates a plain object from a Decommission message. Also converts values to other types if specified.
                 * @param message Decommission
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cmf.v1.AdminRequest.Decommission, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Decommission to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
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

                /**
                 * Verifies a Drain message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Drain message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Drain
                 */
                static fromObject(object: { [k: string]: any }): cmf.v1.AdminRequest.Drain;

                /**
                 * Creates a plain object from a Drain message. Also converts values to other types if specified.
                 * @param message Drain
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cmf.v1.AdminRequest.Drain, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Drain to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
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

                /**
                 * Verifies a Snapshot message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Snapshot message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Snapshot
                 */
                static fromObject(object: { [k: string]: any }): cmf.v1.AdminRequest.Snapshot;

                /**
                 * Creates a plain object from a Snapshot message. Also converts values to other types if specified.
                 * @param message Snapshot
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cmf.v1.AdminRequest.Snapshot, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Snapshot to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
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

                /**
                 * Verifies an Abort message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Abort message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Abort
                 */
                static fromObject(object: { [k: string]: any }): cmf.v1.AdminRequest.Abort;

                /**
                 * Creates a plain object from an Abort message. Also converts values to other types if specified.
                 * @param message Abort
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cmf.v1.AdminRequest.Abort, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Abort to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
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

                /**
                 * Verifies a Query message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Query message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Query
                 */
                static fromObject(object: { [k: string]: any }): cmf.v1.AdminRequest.Query;

                /**
                 * Creates a plain object from a Query message. Also converts values to other types if specified.
                 * @param message Query
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cmf.v1.AdminRequest.Query, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Query to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
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

                /**
                 * Verifies an UpdateSeeds message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an UpdateSeeds message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns UpdateSeeds
                 */
                static fromObject(object: { [k: string]: any }): cmf.v1.AdminRequest.UpdateSeeds;

                /**
                 * Creates a plain object from an UpdateSeeds message. Also converts values to other types if specified.
                 * @param message UpdateSeeds
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cmf.v1.AdminRequest.UpdateSeeds, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this UpdateSeeds to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
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

            /**
             * Verifies an AdminReport message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AdminReport message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AdminReport
             */
            static fromObject(object: { [k: string]: any }): cmf.v1.AdminReport;

            /**
             * Creates a plain object from an AdminReport message. Also converts values to other types if specified.
             * @param message AdminReport
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cmf.v1.AdminReport, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AdminReport to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

            /**
             * Verifies a NodeConfig message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NodeConfig message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NodeConfig
             */
            static fromObject(object: { [k: string]: any }): cmf.v1.NodeConfig;

            /**
             * Creates a plain object from a NodeConfig message. Also converts values to other types if specified.
             * @param message NodeConfig
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cmf.v1.NodeConfig, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NodeConfig to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

            /**
             * Verifies a Ports message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Ports message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Ports
             */
            static fromObject(object: { [k: string]: any }): cmf.v1.Ports;

            /**
             * Creates a plain object from a Ports message. Also converts values to other types if specified.
             * @param message Ports
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cmf.v1.Ports, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Ports to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

            /**
             * Verifies a NodeHealth message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NodeHealth message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NodeHealth
             */
            static fromObject(object: { [k: string]: any }): cmf.v1.NodeHealth;

            /**
             * Creates a plain object from a NodeHealth message. Also converts values to other types if specified.
             * @param message NodeHealth
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cmf.v1.NodeHealth, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NodeHealth to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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
         * Properties of a NodeRecord.
         * @deprecated Use cmf.v1.NodeRecord.$Properties instead.
         */
        interface INodeRecord extends cmf.v1.NodeRecord.$Properties {
        }

        /** Represents a NodeRecord. */
        class NodeRecord {

            /**
             * Constructs a new NodeRecord.
             * @param [properties] Properties to set
             */
            constructor(properties?: cmf.v1.NodeRecord.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeRecord node_id. */
            node_id: string;

            /** NodeRecord index. */
            index: number;

            /** NodeRecord rack. */
            rack: string;

            /** NodeRecord seed. */
            seed: boolean;

            /** NodeRecord agent_id. */
            agent_id: string;

            /** NodeRecord hostname. */
            hostname: string;

            /** NodeRecord address. */
            address: string;

            /** NodeRecord reserved_resources. */
            reserved_resources: mesos.v1.Resource[];

            /** NodeRecord persistence_id. */
            persistence_id: string;

            /** NodeRecord volume_container_path. */
            volume_container_path: string;

            /** NodeRecord task_id. */
            task_id: string;

            /** NodeRecord executor_id. */
            executor_id: string;

            /** NodeRecord last_task_state. */
            last_task_state: string;

            /** NodeRecord goal. */
            goal: string;

            /** NodeRecord phase. */
            phase: string;

            /** NodeRecord phase_since_ms. */
            phase_since_ms: number;

            /** NodeRecord launch_mode. */
            launch_mode: string;

            /** NodeRecord replace_address. */
            replace_address: string;

            /** NodeRecord config_version. */
            config_version: string;

            /** NodeRecord failure_count. */
            failure_count: number;

            /** NodeRecord last_failure_at_ms. */
            last_failure_at_ms: number;

            /** NodeRecord last_failure_reason. */
            last_failure_reason: string;

            /** NodeRecord last_health. */
            last_health: (cmf.v1.NodeHealth|null);

            /** NodeRecord updated_at_ms. */
            updated_at_ms: number;

            /** NodeRecord task_info. */
            task_info: (mesos.v1.TaskInfo|null);

            /**
             * Creates a new NodeRecord instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeRecord instance
             */
            static create(properties: cmf.v1.NodeRecord.$Shape): cmf.v1.NodeRecord & cmf.v1.NodeRecord.$Shape;
            static create(properties?: cmf.v1.NodeRecord.$Properties): cmf.v1.NodeRecord;

            /**
             * Encodes the specified NodeRecord message. Does not implicitly {@link cmf.v1.NodeRecord.verify|verify} messages.
             * @param message NodeRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cmf.v1.NodeRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeRecord message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cmf.v1.NodeRecord & cmf.v1.NodeRecord.$Shape} NodeRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cmf.v1.NodeRecord & cmf.v1.NodeRecord.$Shape;

            /**
             * Verifies a NodeRecord message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NodeRecord message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NodeRecord
             */
            static fromObject(object: { [k: string]: any }): cmf.v1.NodeRecord;

            /**
             * Creates a plain object from a NodeRecord message. Also converts values to other types if specified.
             * @param message NodeRecord
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cmf.v1.NodeRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NodeRecord to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace NodeRecord {

            /** Properties of a NodeRecord. */
            interface $Properties {

                /** NodeRecord node_id */
                node_id?: string;

                /** NodeRecord index */
                index?: number;

                /** NodeRecord rack */
                rack?: string;

                /** NodeRecord seed */
                seed?: boolean;

                /** NodeRecord agent_id */
                agent_id?: string;

                /** NodeRecord hostname */
                hostname?: string;

                /** NodeRecord address */
                address?: string;

                /** NodeRecord reserved_resources */
                reserved_resources?: mesos.v1.Resource.$Properties[];

                /** NodeRecord persistence_id */
                persistence_id?: string;

                /** NodeRecord volume_container_path */
                volume_container_path?: string;

                /** NodeRecord task_id */
                task_id?: string;

                /** NodeRecord executor_id */
                executor_id?: string;

                /** NodeRecord last_task_state */
                last_task_state?: string;

                /** NodeRecord goal */
                goal?: string;

                /** NodeRecord phase */
                phase?: string;

                /** NodeRecord phase_since_ms */
                phase_since_ms?: number;

                /** NodeRecord launch_mode */
                launch_mode?: string;

                /** NodeRecord replace_address */
                replace_address?: string;

                /** NodeRecord config_version */
                config_version?: string;

                /** NodeRecord failure_count */
                failure_count?: number;

                /** NodeRecord last_failure_at_ms */
                last_failure_at_ms?: number;

                /** NodeRecord last_failure_reason */
                last_failure_reason?: string;

                /** NodeRecord last_health */
                last_health?: (cmf.v1.NodeHealth.$Properties|null);

                /** NodeRecord updated_at_ms */
                updated_at_ms?: number;

                /** NodeRecord task_info */
                task_info?: (mesos.v1.TaskInfo.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeRecord. */
            type $Shape = cmf.v1.NodeRecord.$Properties;
        }

        /**
         * Properties of an OperationRecord.
         * @deprecated Use cmf.v1.OperationRecord.$Properties instead.
         */
        interface IOperationRecord extends cmf.v1.OperationRecord.$Properties {
        }

        /** Represents an OperationRecord. */
        class OperationRecord {

            /**
             * Constructs a new OperationRecord.
             * @param [properties] Properties to set
             */
            constructor(properties?: cmf.v1.OperationRecord.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OperationRecord id. */
            id: string;

            /** OperationRecord kind. */
            kind: string;

            /** OperationRecord node_id. */
            node_id: string;

            /** OperationRecord state. */
            state: string;

            /** OperationRecord reason. */
            reason: string;

            /** OperationRecord request. */
            request: (cmf.v1.AdminRequest|null);

            /** OperationRecord attempt. */
            attempt: number;

            /** OperationRecord created_at_ms. */
            created_at_ms: number;

            /** OperationRecord updated_at_ms. */
            updated_at_ms: number;

            /** OperationRecord started_at_ms. */
            started_at_ms: number;

            /** OperationRecord finished_at_ms. */
            finished_at_ms: number;

            /**
             * Creates a new OperationRecord instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OperationRecord instance
             */
            static create(properties: cmf.v1.OperationRecord.$Shape): cmf.v1.OperationRecord & cmf.v1.OperationRecord.$Shape;
            static create(properties?: cmf.v1.OperationRecord.$Properties): cmf.v1.OperationRecord;

            /**
             * Encodes the specified OperationRecord message. Does not implicitly {@link cmf.v1.OperationRecord.verify|verify} messages.
             * @param message OperationRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cmf.v1.OperationRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OperationRecord message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cmf.v1.OperationRecord & cmf.v1.OperationRecord.$Shape} OperationRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cmf.v1.OperationRecord & cmf.v1.OperationRecord.$Shape;

            /**
             * Verifies an OperationRecord message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an OperationRecord message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns OperationRecord
             */
            static fromObject(object: { [k: string]: any }): cmf.v1.OperationRecord;

            /**
             * Creates a plain object from an OperationRecord message. Also converts values to other types if specified.
             * @param message OperationRecord
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cmf.v1.OperationRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this OperationRecord to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace OperationRecord {

            /** Properties of an OperationRecord. */
            interface $Properties {

                /** OperationRecord id */
                id?: string;

                /** OperationRecord kind */
                kind?: string;

                /** OperationRecord node_id */
                node_id?: string;

                /** OperationRecord state */
                state?: string;

                /** OperationRecord reason */
                reason?: string;

                /** OperationRecord request */
                request?: (cmf.v1.AdminRequest.$Properties|null);

                /** OperationRecord attempt */
                attempt?: number;

                /** OperationRecord created_at_ms */
                created_at_ms?: number;

                /** OperationRecord updated_at_ms */
                updated_at_ms?: number;

                /** OperationRecord started_at_ms */
                started_at_ms?: number;

                /** OperationRecord finished_at_ms */
                finished_at_ms?: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OperationRecord. */
            type $Shape = {
              id?: string;
              kind?: string;
              node_id?: string;
              state?: string;
              reason?: string;
              request?: cmf.v1.AdminRequest.$Shape|null;
              attempt?: number;
              created_at_ms?: number;
              updated_at_ms?: number;
              started_at_ms?: number;
              finished_at_ms?: number;
              $unknowns?: Uint8Array[];
            };
        }
    }
}

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

            /**
             * Verifies a FrameworkID message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FrameworkID message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FrameworkID
             */
            static fromObject(object: { [k: string]: any }): mesos.v1.FrameworkID;

            /**
             * Creates a plain object from a FrameworkID message. Also converts values to other types if specified.
             * @param message FrameworkID
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mesos.v1.FrameworkID, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FrameworkID to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

            /**
             * Verifies an OfferID message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an OfferID message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns OfferID
             */
            static fromObject(object: { [k: string]: any }): mesos.v1.OfferID;

            /**
             * Creates a plain object from an OfferID message. Also converts values to other types if specified.
             * @param message OfferID
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mesos.v1.OfferID, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this OfferID to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

            /**
             * Verifies an AgentID message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AgentID message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AgentID
             */
            static fromObject(object: { [k: string]: any }): mesos.v1.AgentID;

            /**
             * Creates a plain object from an AgentID message. Also converts values to other types if specified.
             * @param message AgentID
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mesos.v1.AgentID, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AgentID to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

            /**
             * Verifies a TaskID message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TaskID message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TaskID
             */
            static fromObject(object: { [k: string]: any }): mesos.v1.TaskID;

            /**
             * Creates a plain object from a TaskID message. Also converts values to other types if specified.
             * @param message TaskID
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mesos.v1.TaskID, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TaskID to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

            /**
             * Verifies an ExecutorID message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ExecutorID message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ExecutorID
             */
            static fromObject(object: { [k: string]: any }): mesos.v1.ExecutorID;

            /**
             * Creates a plain object from an ExecutorID message. Also converts values to other types if specified.
             * @param message ExecutorID
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mesos.v1.ExecutorID, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ExecutorID to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

            /**
             * Verifies an OperationID message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an OperationID message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns OperationID
             */
            static fromObject(object: { [k: string]: any }): mesos.v1.OperationID;

            /**
             * Creates a plain object from an OperationID message. Also converts values to other types if specified.
             * @param message OperationID
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mesos.v1.OperationID, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this OperationID to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

            /**
             * Verifies a ResourceProviderID message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ResourceProviderID message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ResourceProviderID
             */
            static fromObject(object: { [k: string]: any }): mesos.v1.ResourceProviderID;

            /**
             * Creates a plain object from a ResourceProviderID message. Also converts values to other types if specified.
             * @param message ResourceProviderID
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mesos.v1.ResourceProviderID, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ResourceProviderID to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

            /**
             * Verifies a ContainerID message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ContainerID message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ContainerID
             */
            static fromObject(object: { [k: string]: any }): mesos.v1.ContainerID;

            /**
             * Creates a plain object from a ContainerID message. Also converts values to other types if specified.
             * @param message ContainerID
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mesos.v1.ContainerID, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ContainerID to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

            /**
             * Verifies a TimeInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TimeInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TimeInfo
             */
            static fromObject(object: { [k: string]: any }): mesos.v1.TimeInfo;

            /**
             * Creates a plain object from a TimeInfo message. Also converts values to other types if specified.
             * @param message TimeInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mesos.v1.TimeInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TimeInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

            /**
             * Verifies a DurationInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DurationInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DurationInfo
             */
            static fromObject(object: { [k: string]: any }): mesos.v1.DurationInfo;

            /**
             * Creates a plain object from a DurationInfo message. Also converts values to other types if specified.
             * @param message DurationInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mesos.v1.DurationInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DurationInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

            /**
             * Verifies a UUID message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a UUID message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns UUID
             */
            static fromObject(object: { [k: string]: any }): mesos.v1.UUID;

            /**
             * Creates a plain object from a UUID message. Also converts values to other types if specified.
             * @param message UUID
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mesos.v1.UUID, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UUID to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

            /**
             * Verifies an Address message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Address message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Address
             */
            static fromObject(object: { [k: string]: any }): mesos.v1.Address;

            /**
             * Creates a plain object from an Address message. Also converts values to other types if specified.
             * @param message Address
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mesos.v1.Address, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Address to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

            /**
             * Verifies a Parameter message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Parameter message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Parameter
             */
            static fromObject(object: { [k: string]: any }): mesos.v1.Parameter;

            /**
             * Creates a plain object from a Parameter message. Also converts values to other types if specified.
             * @param message Parameter
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mesos.v1.Parameter, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Parameter to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

            /**
             * Verifies a Parameters message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Parameters message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Parameters
             */
            static fromObject(object: { [k: string]: any }): mesos.v1.Parameters;

            /**
             * Creates a plain object from a Parameters message. Also converts values to other types if specified.
             * @param message Parameters
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mesos.v1.Parameters, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Parameters to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

            /**
             * Verifies a URL message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a URL message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns URL
             */
            static fromObject(object: { [k: string]: any }): mesos.v1.URL;

            /**
             * Creates a plain object from a URL message. Also converts values to other types if specified.
             * @param message URL
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mesos.v1.URL, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this URL to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

            /**
             * Verifies a Label message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Label message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Label
             */
            static fromObject(object: { [k: string]: any }): mesos.v1.Label;

            /**
             * Creates a plain object from a Label message. Also converts values to other types if specified.
             * @param message Label
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mesos.v1.Label, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Label to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

            /**
             * Verifies a Labels message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Labels message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Labels
             */
            static fromObject(object: { [k: string]: any }): mesos.v1.Labels;

            /**
             * Creates a plain object from a Labels message. Also converts values to other types if specified.
             * @param message Labels
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mesos.v1.Labels, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Labels to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

            /**
             * Verifies an Unavailability message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Unavailability message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Unavailability
             */
            static fromObject(object: { [k: string]: any }): mesos.v1.Unavailability;

            /**
             * Creates a plain object from an Unavailability message. Also converts values to other types if specified.
             * @param message Unavailability
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mesos.v1.Unavailability, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Unavailability to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

            /**
             * Verifies a Filters message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Filters message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Filters
             */
            static fromObject(object: { [k: string]: any }): mesos.v1.Filters;

            /**
             * Creates a plain object from a Filters message. Also converts values to other types if specified.
             * @param message Filters
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mesos.v1.Filters, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Filters to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

            /**
             * Verifies a KillPolicy message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a KillPolicy message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns KillPolicy
             */
            static fromObject(object: { [k: string]: any }): mesos.v1.KillPolicy;

            /**
             * Creates a plain object from a KillPolicy message. Also converts values to other types if specified.
             * @param message KillPolicy
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mesos.v1.KillPolicy, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this KillPolicy to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

            /**
             * Verifies a Request message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Request message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Request
             */
            static fromObject(object: { [k: string]: any }): mesos.v1.Request;

            /**
             * Creates a plain object from a Request message. Also converts values to other types if specified.
             * @param message Request
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mesos.v1.Request, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Request to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

            /**
             * Verifies a FrameworkInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FrameworkInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FrameworkInfo
             */
            static fromObject(object: { [k: string]: any }): mesos.v1.FrameworkInfo;

            /**
             * Creates a plain object from a FrameworkInfo message. Also converts values to other types if specified.
             * @param message FrameworkInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mesos.v1.FrameworkInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FrameworkInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

                /**
                 * Verifies a Capability message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Capability message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Capability
                 */
                static fromObject(object: { [k: string]: any }): mesos.v1.FrameworkInfo.Capability;

                /**
                 * Creates a plain object from a Capability message. Also converts values to other types if specified.
                 * @param message Capability
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: mesos.v1.FrameworkInfo.Capability, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Capability to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
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

            /**
             * Verifies a DomainInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DomainInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DomainInfo
             */
            static fromObject(object: { [k: string]: any }): mesos.v1.DomainInfo;

            /**
             * Creates a plain object from a DomainInfo message. Also converts values to other types if specified.
             * @param message DomainInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mesos.v1.DomainInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DomainInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

                /**
                 * Verifies a FaultDomain message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a FaultDomain message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns FaultDomain
                 */
                static fromObject(object: { [k: string]: any }): mesos.v1.DomainInfo.FaultDomain;

                /**
                 * Creates a plain object from a FaultDomain message. Also converts values to other types if specified.
                 * @param message FaultDomain
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: mesos.v1.DomainInfo.FaultDomain, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this FaultDomain to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
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

                    /**
                     * Verifies a RegionInfo message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a RegionInfo message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns RegionInfo
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.DomainInfo.FaultDomain.RegionInfo;

                    /**
                     * Creates a plain object from a RegionInfo message. Also converts values to other types if specified.
                     * @param message RegionInfo
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.DomainInfo.FaultDomain.RegionInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this RegionInfo to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
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

                    /**
                     * Verifies a ZoneInfo message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a ZoneInfo message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns ZoneInfo
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.DomainInfo.FaultDomain.ZoneInfo;

                    /**
                     * Creates a plain object from a ZoneInfo message. Also converts values to other types if specified.
                     * @param message ZoneInfo
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.DomainInfo.FaultDomain.ZoneInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this ZoneInfo to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
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

            /**
             * Verifies a MasterInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MasterInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MasterInfo
             */
            static fromObject(object: { [k: string]: any }): mesos.v1.MasterInfo;

            /**
             * Creates a plain object from a MasterInfo message. Also converts values to other types if specified.
             * @param message MasterInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mesos.v1.MasterInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MasterInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

                /**
                 * Verifies a Capability message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Capability message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Capability
                 */
                static fromObject(object: { [k: string]: any }): mesos.v1.MasterInfo.Capability;

                /**
                 * Creates a plain object from a Capability message. Also converts values to other types if specified.
                 * @param message Capability
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: mesos.v1.MasterInfo.Capability, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Capability to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
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

            /**
             * Verifies an AgentInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AgentInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AgentInfo
             */
            static fromObject(object: { [k: string]: any }): mesos.v1.AgentInfo;

            /**
             * Creates a plain object from an AgentInfo message. Also converts values to other types if specified.
             * @param message AgentInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mesos.v1.AgentInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AgentInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

            /**
             * Verifies a Value message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Value message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Value
             */
            static fromObject(object: { [k: string]: any }): mesos.v1.Value;

            /**
             * Creates a plain object from a Value message. Also converts values to other types if specified.
             * @param message Value
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mesos.v1.Value, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Value to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

                /**
                 * Verifies a Scalar message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Scalar message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Scalar
                 */
                static fromObject(object: { [k: string]: any }): mesos.v1.Value.Scalar;

                /**
                 * Creates a plain object from a Scalar message. Also converts values to other types if specified.
                 * @param message Scalar
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: mesos.v1.Value.Scalar, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Scalar to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
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

                /**
                 * Verifies a Range message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Range message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Range
                 */
                static fromObject(object: { [k: string]: any }): mesos.v1.Value.Range;

                /**
                 * Creates a plain object from a Range message. Also converts values to other types if specified.
                 * @param message Range
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: mesos.v1.Value.Range, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Range to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
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

                /**
                 * Verifies a Ranges message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Ranges message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Ranges
                 */
                static fromObject(object: { [k: string]: any }): mesos.v1.Value.Ranges;

                /**
                 * Creates a plain object from a Ranges message. Also converts values to other types if specified.
                 * @param message Ranges
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: mesos.v1.Value.Ranges, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Ranges to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
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

                /**
                 * Verifies a Set message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Set message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Set
                 */
                static fromObject(object: { [k: string]: any }): mesos.v1.Value.Set;

                /**
                 * Creates a plain object from a Set message. Also converts values to other types if specified.
                 * @param message Set
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: mesos.v1.Value.Set, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Set to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
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

                /**
                 * Verifies a Text message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Text message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Text
                 */
                static fromObject(object: { [k: string]: any }): mesos.v1.Value.Text;

                /**
                 * Creates a plain object from a Text message. Also converts values to other types if specified.
                 * @param message Text
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: mesos.v1.Value.Text, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Text to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
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

            /**
             * Verifies an Attribute message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Attribute message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Attribute
             */
            static fromObject(object: { [k: string]: any }): mesos.v1.Attribute;

            /**
             * Creates a plain object from an Attribute message. Also converts values to other types if specified.
             * @param message Attribute
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mesos.v1.Attribute, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Attribute to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

            /**
             * Verifies a Resource message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Resource message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Resource
             */
            static fromObject(object: { [k: string]: any }): mesos.v1.Resource;

            /**
             * Creates a plain object from a Resource message. Also converts values to other types if specified.
             * @param message Resource
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mesos.v1.Resource, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Resource to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

                /**
                 * Verifies an AllocationInfo message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AllocationInfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AllocationInfo
                 */
                static fromObject(object: { [k: string]: any }): mesos.v1.Resource.AllocationInfo;

                /**
                 * Creates a plain object from an AllocationInfo message. Also converts values to other types if specified.
                 * @param message AllocationInfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: mesos.v1.Resource.AllocationInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AllocationInfo to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
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

                /**
                 * Verifies a ReservationInfo message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ReservationInfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ReservationInfo
                 */
                static fromObject(object: { [k: string]: any }): mesos.v1.Resource.ReservationInfo;

                /**
                 * Creates a plain object from a ReservationInfo message. Also converts values to other types if specified.
                 * @param message ReservationInfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: mesos.v1.Resource.ReservationInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ReservationInfo to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
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

                /**
                 * Verifies a DiskInfo message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DiskInfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DiskInfo
                 */
                static fromObject(object: { [k: string]: any }): mesos.v1.Resource.DiskInfo;

                /**
                 * Creates a plain object from a DiskInfo message. Also converts values to other types if specified.
                 * @param message DiskInfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: mesos.v1.Resource.DiskInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DiskInfo to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
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

                    /**
                     * Verifies a Persistence message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a Persistence message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Persistence
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.Resource.DiskInfo.Persistence;

                    /**
                     * Creates a plain object from a Persistence message. Also converts values to other types if specified.
                     * @param message Persistence
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.Resource.DiskInfo.Persistence, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Persistence to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
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

                    /**
                     * Verifies a Source message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a Source message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Source
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.Resource.DiskInfo.Source;

                    /**
                     * Creates a plain object from a Source message. Also converts values to other types if specified.
                     * @param message Source
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.Resource.DiskInfo.Source, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Source to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
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

                        /**
                         * Verifies a Path message.
                         * @param message Plain object to verify
                         * @returns `null` if valid, otherwise the reason why it is not
                         */
                        static verify(message: { [k: string]: any }): (string|null);

                        /**
                         * Creates a Path message from a plain object. Also converts values to their respective internal types.
                         * @param object Plain object
                         * @returns Path
                         */
                        static fromObject(object: { [k: string]: any }): mesos.v1.Resource.DiskInfo.Source.Path;

                        /**
                         * Creates a plain object from a Path message. Also converts values to other types if specified.
                         * @param message Path
                         * @param [options] Conversion options
                         * @returns Plain object
                         */
                        static toObject(message: mesos.v1.Resource.DiskInfo.Source.Path, options?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this Path to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };
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

                        /**
                         * Verifies a Mount message.
                         * @param message Plain object to verify
                         * @returns `null` if valid, otherwise the reason why it is not
                         */
                        static verify(message: { [k: string]: any }): (string|null);

                        /**
                         * Creates a Mount message from a plain object. Also converts values to their respective internal types.
                         * @param object Plain object
                         * @returns Mount
                         */
                        static fromObject(object: { [k: string]: any }): mesos.v1.Resource.DiskInfo.Source.Mount;

                        /**
                         * Creates a plain object from a Mount message. Also converts values to other types if specified.
                         * @param message Mount
                         * @param [options] Conversion options
                         * @returns Plain object
                         */
                        static toObject(message: mesos.v1.Resource.DiskInfo.Source.Mount, options?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this Mount to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };
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

                /**
                 * Verifies a RevocableInfo message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RevocableInfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RevocableInfo
                 */
                static fromObject(object: { [k: string]: any }): mesos.v1.Resource.RevocableInfo;

                /**
                 * Creates a plain object from a RevocableInfo message. Also converts values to other types if specified.
                 * @param message RevocableInfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: mesos.v1.Resource.RevocableInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RevocableInfo to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
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

                /**
                 * Verifies a SharedInfo message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SharedInfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SharedInfo
                 */
                static fromObject(object: { [k: string]: any }): mesos.v1.Resource.SharedInfo;

                /**
                 * Creates a plain object from a SharedInfo message. Also converts values to other types if specified.
                 * @param message SharedInfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: mesos.v1.Resource.SharedInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SharedInfo to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
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

            /**
             * Verifies a Volume message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Volume message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Volume
             */
            static fromObject(object: { [k: string]: any }): mesos.v1.Volume;

            /**
             * Creates a plain object from a Volume message. Also converts values to other types if specified.
             * @param message Volume
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mesos.v1.Volume, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Volume to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

            /**
             * Verifies an OfferFilters message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an OfferFilters message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns OfferFilters
             */
            static fromObject(object: { [k: string]: any }): mesos.v1.OfferFilters;

            /**
             * Creates a plain object from an OfferFilters message. Also converts values to other types if specified.
             * @param message OfferFilters
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mesos.v1.OfferFilters, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this OfferFilters to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

                /**
                 * Verifies a ResourceQuantities message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ResourceQuantities message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ResourceQuantities
                 */
                static fromObject(object: { [k: string]: any }): mesos.v1.OfferFilters.ResourceQuantities;

                /**
                 * Creates a plain object from a ResourceQuantities message. Also converts values to other types if specified.
                 * @param message ResourceQuantities
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: mesos.v1.OfferFilters.ResourceQuantities, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ResourceQuantities to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
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

                /**
                 * Verifies a MinAllocatableResources message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MinAllocatableResources message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MinAllocatableResources
                 */
                static fromObject(object: { [k: string]: any }): mesos.v1.OfferFilters.MinAllocatableResources;

                /**
                 * Creates a plain object from a MinAllocatableResources message. Also converts values to other types if specified.
                 * @param message MinAllocatableResources
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: mesos.v1.OfferFilters.MinAllocatableResources, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MinAllocatableResources to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
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

            /**
             * Verifies a TaskInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TaskInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TaskInfo
             */
            static fromObject(object: { [k: string]: any }): mesos.v1.TaskInfo;

            /**
             * Creates a plain object from a TaskInfo message. Also converts values to other types if specified.
             * @param message TaskInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mesos.v1.TaskInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TaskInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

            /**
             * Verifies a TaskGroupInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TaskGroupInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TaskGroupInfo
             */
            static fromObject(object: { [k: string]: any }): mesos.v1.TaskGroupInfo;

            /**
             * Creates a plain object from a TaskGroupInfo message. Also converts values to other types if specified.
             * @param message TaskGroupInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mesos.v1.TaskGroupInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TaskGroupInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

            /**
             * Verifies an ExecutorInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ExecutorInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ExecutorInfo
             */
            static fromObject(object: { [k: string]: any }): mesos.v1.ExecutorInfo;

            /**
             * Creates a plain object from an ExecutorInfo message. Also converts values to other types if specified.
             * @param message ExecutorInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mesos.v1.ExecutorInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ExecutorInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

            /**
             * Verifies a CommandInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CommandInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CommandInfo
             */
            static fromObject(object: { [k: string]: any }): mesos.v1.CommandInfo;

            /**
             * Creates a plain object from a CommandInfo message. Also converts values to other types if specified.
             * @param message CommandInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mesos.v1.CommandInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CommandInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

                /**
                 * Verifies a URI message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a URI message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns URI
                 */
                static fromObject(object: { [k: string]: any }): mesos.v1.CommandInfo.URI;

                /**
                 * Creates a plain object from a URI message. Also converts values to other types if specified.
                 * @param message URI
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: mesos.v1.CommandInfo.URI, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this URI to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
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

            /**
             * Verifies an Environment message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Environment message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Environment
             */
            static fromObject(object: { [k: string]: any }): mesos.v1.Environment;

            /**
             * Creates a plain object from an Environment message. Also converts values to other types if specified.
             * @param message Environment
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mesos.v1.Environment, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Environment to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

                /**
                 * Verifies a Variable message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Variable message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Variable
                 */
                static fromObject(object: { [k: string]: any }): mesos.v1.Environment.Variable;

                /**
                 * Creates a plain object from a Variable message. Also converts values to other types if specified.
                 * @param message Variable
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: mesos.v1.Environment.Variable, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Variable to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
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

            /**
             * Verifies a Secret message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Secret message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Secret
             */
            static fromObject(object: { [k: string]: any }): mesos.v1.Secret;

            /**
             * Creates a plain object from a Secret message. Also converts values to other types if specified.
             * @param message Secret
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mesos.v1.Secret, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Secret to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

                /**
                 * Verifies a Reference message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Reference message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Reference
                 */
                static fromObject(object: { [k: string]: any }): mesos.v1.Secret.Reference;

                /**
                 * Creates a plain object from a Reference message. Also converts values to other types if specified.
                 * @param message Reference
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: mesos.v1.Secret.Reference, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Reference to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
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

                /**
                 * Verifies a Value message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Value message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Value
                 */
                static fromObject(object: { [k: string]: any }): mesos.v1.Secret.Value;

                /**
                 * Creates a plain object from a Value message. Also converts values to other types if specified.
                 * @param message Value
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: mesos.v1.Secret.Value, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Value to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
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

            /**
             * Verifies a HealthCheck message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a HealthCheck message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HealthCheck
             */
            static fromObject(object: { [k: string]: any }): mesos.v1.HealthCheck;

            /**
             * Creates a plain object from a HealthCheck message. Also converts values to other types if specified.
             * @param message HealthCheck
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mesos.v1.HealthCheck, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HealthCheck to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

                /**
                 * Verifies a HTTPCheckInfo message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a HTTPCheckInfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns HTTPCheckInfo
                 */
                static fromObject(object: { [k: string]: any }): mesos.v1.HealthCheck.HTTPCheckInfo;

                /**
                 * Creates a plain object from a HTTPCheckInfo message. Also converts values to other types if specified.
                 * @param message HTTPCheckInfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: mesos.v1.HealthCheck.HTTPCheckInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this HTTPCheckInfo to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
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

                /**
                 * Verifies a TCPCheckInfo message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a TCPCheckInfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns TCPCheckInfo
                 */
                static fromObject(object: { [k: string]: any }): mesos.v1.HealthCheck.TCPCheckInfo;

                /**
                 * Creates a plain object from a TCPCheckInfo message. Also converts values to other types if specified.
                 * @param message TCPCheckInfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: mesos.v1.HealthCheck.TCPCheckInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TCPCheckInfo to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
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

            /**
             * Verifies a CheckInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CheckInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CheckInfo
             */
            static fromObject(object: { [k: string]: any }): mesos.v1.CheckInfo;

            /**
             * Creates a plain object from a CheckInfo message. Also converts values to other types if specified.
             * @param message CheckInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mesos.v1.CheckInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CheckInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

                /**
                 * Verifies a Command message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Command message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Command
                 */
                static fromObject(object: { [k: string]: any }): mesos.v1.CheckInfo.Command;

                /**
                 * Creates a plain object from a Command message. Also converts values to other types if specified.
                 * @param message Command
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: mesos.v1.CheckInfo.Command, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Command to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
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

                /**
                 * Verifies a Http message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Http message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Http
                 */
                static fromObject(object: { [k: string]: any }): mesos.v1.CheckInfo.Http;

                /**
                 * Creates a plain object from a Http message. Also converts values to other types if specified.
                 * @param message Http
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: mesos.v1.CheckInfo.Http, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Http to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
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

                /**
                 * Verifies a Tcp message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Tcp message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Tcp
                 */
                static fromObject(object: { [k: string]: any }): mesos.v1.CheckInfo.Tcp;

                /**
                 * Creates a plain object from a Tcp message. Also converts values to other types if specified.
                 * @param message Tcp
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: mesos.v1.CheckInfo.Tcp, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Tcp to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
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

            /**
             * Verifies a CheckStatusInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CheckStatusInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CheckStatusInfo
             */
            static fromObject(object: { [k: string]: any }): mesos.v1.CheckStatusInfo;

            /**
             * Creates a plain object from a CheckStatusInfo message. Also converts values to other types if specified.
             * @param message CheckStatusInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mesos.v1.CheckStatusInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CheckStatusInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

                /**
                 * Verifies a Command message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Command message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Command
                 */
                static fromObject(object: { [k: string]: any }): mesos.v1.CheckStatusInfo.Command;

                /**
                 * Creates a plain object from a Command message. Also converts values to other types if specified.
                 * @param message Command
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: mesos.v1.CheckStatusInfo.Command, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Command to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
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

                /**
                 * Verifies a Http message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Http message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Http
                 */
                static fromObject(object: { [k: string]: any }): mesos.v1.CheckStatusInfo.Http;

                /**
                 * Creates a plain object from a Http message. Also converts values to other types if specified.
                 * @param message Http
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: mesos.v1.CheckStatusInfo.Http, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Http to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
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

                /**
                 * Verifies a Tcp message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Tcp message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Tcp
                 */
                static fromObject(object: { [k: string]: any }): mesos.v1.CheckStatusInfo.Tcp;

                /**
                 * Creates a plain object from a Tcp message. Also converts values to other types if specified.
                 * @param message Tcp
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: mesos.v1.CheckStatusInfo.Tcp, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Tcp to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
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

            /**
             * Verifies a TaskStatus message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TaskStatus message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TaskStatus
             */
            static fromObject(object: { [k: string]: any }): mesos.v1.TaskStatus;

            /**
             * Creates a plain object from a TaskStatus message. Also converts values to other types if specified.
             * @param message TaskStatus
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mesos.v1.TaskStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TaskStatus to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

            /**
             * Verifies a TaskResourceLimitation message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TaskResourceLimitation message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TaskResourceLimitation
             */
            static fromObject(object: { [k: string]: any }): mesos.v1.TaskResourceLimitation;

            /**
             * Creates a plain object from a TaskResourceLimitation message. Also converts values to other types if specified.
             * @param message TaskResourceLimitation
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mesos.v1.TaskResourceLimitation, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TaskResourceLimitation to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

            /**
             * Verifies a ContainerStatus message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ContainerStatus message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ContainerStatus
             */
            static fromObject(object: { [k: string]: any }): mesos.v1.ContainerStatus;

            /**
             * Creates a plain object from a ContainerStatus message. Also converts values to other types if specified.
             * @param message ContainerStatus
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mesos.v1.ContainerStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ContainerStatus to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

            /**
             * Verifies a NetworkInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NetworkInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NetworkInfo
             */
            static fromObject(object: { [k: string]: any }): mesos.v1.NetworkInfo;

            /**
             * Creates a plain object from a NetworkInfo message. Also converts values to other types if specified.
             * @param message NetworkInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mesos.v1.NetworkInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NetworkInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

                /**
                 * Verifies a IPAddress message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a IPAddress message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns IPAddress
                 */
                static fromObject(object: { [k: string]: any }): mesos.v1.NetworkInfo.IPAddress;

                /**
                 * Creates a plain object from a IPAddress message. Also converts values to other types if specified.
                 * @param message IPAddress
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: mesos.v1.NetworkInfo.IPAddress, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this IPAddress to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
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

                /**
                 * Verifies a PortMapping message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PortMapping message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PortMapping
                 */
                static fromObject(object: { [k: string]: any }): mesos.v1.NetworkInfo.PortMapping;

                /**
                 * Creates a plain object from a PortMapping message. Also converts values to other types if specified.
                 * @param message PortMapping
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: mesos.v1.NetworkInfo.PortMapping, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PortMapping to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
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

            /**
             * Verifies a Task message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Task message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Task
             */
            static fromObject(object: { [k: string]: any }): mesos.v1.Task;

            /**
             * Creates a plain object from a Task message. Also converts values to other types if specified.
             * @param message Task
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mesos.v1.Task, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Task to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
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

                /**
                 * Verifies an Event message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Event message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Event
                 */
                static fromObject(object: { [k: string]: any }): mesos.v1.executor.Event;

                /**
                 * Creates a plain object from an Event message. Also converts values to other types if specified.
                 * @param message Event
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: mesos.v1.executor.Event, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Event to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
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

                    /**
                     * Verifies a Subscribed message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a Subscribed message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Subscribed
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.executor.Event.Subscribed;

                    /**
                     * Creates a plain object from a Subscribed message. Also converts values to other types if specified.
                     * @param message Subscribed
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.executor.Event.Subscribed, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Subscribed to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
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

                    /**
                     * Verifies a Launch message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a Launch message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Launch
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.executor.Event.Launch;

                    /**
                     * Creates a plain object from a Launch message. Also converts values to other types if specified.
                     * @param message Launch
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.executor.Event.Launch, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Launch to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
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

                    /**
                     * Verifies a LaunchGroup message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a LaunchGroup message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns LaunchGroup
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.executor.Event.LaunchGroup;

                    /**
                     * Creates a plain object from a LaunchGroup message. Also converts values to other types if specified.
                     * @param message LaunchGroup
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.executor.Event.LaunchGroup, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this LaunchGroup to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
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

                    /**
                     * Verifies a Kill message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a Kill message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Kill
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.executor.Event.Kill;

                    /**
                     * Creates a plain object from a Kill message. Also converts values to other types if specified.
                     * @param message Kill
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.executor.Event.Kill, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Kill to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
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

                    /**
                     * Verifies an Acknowledged message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates an Acknowledged message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Acknowledged
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.executor.Event.Acknowledged;

                    /**
                     * Creates a plain object from an Acknowledged message. Also converts values to other types if specified.
                     * @param message Acknowledged
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.executor.Event.Acknowledged, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Acknowledged to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
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

                    /**
                     * Verifies a Message message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a Message message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Message
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.executor.Event.Message;

                    /**
                     * Creates a plain object from a Message message. Also converts values to other types if specified.
                     * @param message Message
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.executor.Event.Message, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Message to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
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

                    /**
                     * Verifies an Error message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates an Error message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Error
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.executor.Event.Error;

                    /**
                     * Creates a plain object from an Error message. Also converts values to other types if specified.
                     * @param message Error
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.executor.Event.Error, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Error to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
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

                /**
                 * Verifies a Call message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Call message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Call
                 */
                static fromObject(object: { [k: string]: any }): mesos.v1.executor.Call;

                /**
                 * Creates a plain object from a Call message. Also converts values to other types if specified.
                 * @param message Call
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: mesos.v1.executor.Call, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Call to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
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

                    /**
                     * Verifies a Subscribe message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a Subscribe message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Subscribe
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.executor.Call.Subscribe;

                    /**
                     * Creates a plain object from a Subscribe message. Also converts values to other types if specified.
                     * @param message Subscribe
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.executor.Call.Subscribe, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Subscribe to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
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

                    /**
                     * Verifies an Update message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates an Update message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Update
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.executor.Call.Update;

                    /**
                     * Creates a plain object from an Update message. Also converts values to other types if specified.
                     * @param message Update
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.executor.Call.Update, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Update to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
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

                    /**
                     * Verifies a Message message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a Message message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Message
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.executor.Call.Message;

                    /**
                     * Creates a plain object from a Message message. Also converts values to other types if specified.
                     * @param message Message
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.executor.Call.Message, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Message to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
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

        /**
         * Properties of an Offer.
         * @deprecated Use mesos.v1.Offer.$Properties instead.
         */
        interface IOffer extends mesos.v1.Offer.$Properties {
        }

        /** Represents an Offer. */
        class Offer {

            /**
             * Constructs a new Offer.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.v1.Offer.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Offer id. */
            id: mesos.v1.OfferID;

            /** Offer framework_id. */
            framework_id: mesos.v1.FrameworkID;

            /** Offer agent_id. */
            agent_id: mesos.v1.AgentID;

            /** Offer hostname. */
            hostname: string;

            /** Offer resources. */
            resources: mesos.v1.Resource[];

            /** Offer executor_ids. */
            executor_ids: mesos.v1.ExecutorID[];

            /** Offer attributes. */
            attributes: mesos.v1.Attribute[];

            /** Offer url. */
            url: (mesos.v1.URL|null);

            /** Offer unavailability. */
            unavailability: (mesos.v1.Unavailability|null);

            /** Offer allocation_info. */
            allocation_info: (mesos.v1.Resource.AllocationInfo|null);

            /** Offer domain. */
            domain: (mesos.v1.DomainInfo|null);

            /**
             * Creates a new Offer instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Offer instance
             */
            static create(properties: mesos.v1.Offer.$Shape): mesos.v1.Offer & mesos.v1.Offer.$Shape;
            static create(properties?: mesos.v1.Offer.$Properties): mesos.v1.Offer;

            /**
             * Encodes the specified Offer message. Does not implicitly {@link mesos.v1.Offer.verify|verify} messages.
             * @param message Offer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.v1.Offer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Offer message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.v1.Offer & mesos.v1.Offer.$Shape} Offer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.Offer & mesos.v1.Offer.$Shape;

            /**
             * Verifies an Offer message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Offer message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Offer
             */
            static fromObject(object: { [k: string]: any }): mesos.v1.Offer;

            /**
             * Creates a plain object from an Offer message. Also converts values to other types if specified.
             * @param message Offer
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mesos.v1.Offer, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Offer to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Offer {

            /** Properties of an Offer. */
            interface $Properties {

                /** Offer id */
                id: mesos.v1.OfferID.$Properties;

                /** Offer framework_id */
                framework_id: mesos.v1.FrameworkID.$Properties;

                /** Offer agent_id */
                agent_id: mesos.v1.AgentID.$Properties;

                /** Offer hostname */
                hostname: string;

                /** Offer resources */
                resources?: mesos.v1.Resource.$Properties[];

                /** Offer executor_ids */
                executor_ids?: mesos.v1.ExecutorID.$Properties[];

                /** Offer attributes */
                attributes?: mesos.v1.Attribute.$Properties[];

                /** Offer url */
                url?: (mesos.v1.URL.$Properties|null);

                /** Offer unavailability */
                unavailability?: (mesos.v1.Unavailability.$Properties|null);

                /** Offer allocation_info */
                allocation_info?: (mesos.v1.Resource.AllocationInfo.$Properties|null);

                /** Offer domain */
                domain?: (mesos.v1.DomainInfo.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Offer. */
            type $Shape = mesos.v1.Offer.$Properties;

            /**
             * Properties of an Operation.
             * @deprecated Use mesos.v1.Offer.Operation.$Properties instead.
             */
            interface IOperation extends mesos.v1.Offer.Operation.$Properties {
            }

            /** Represents an Operation. */
            class Operation {

                /**
                 * Constructs a new Operation.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mesos.v1.Offer.Operation.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Operation type. */
                type: (mesos.v1.Offer.Operation.Type|null);

                /** Operation id. */
                id: (mesos.v1.OperationID|null);

                /** Operation launch. */
                launch: (mesos.v1.Offer.Operation.Launch|null);

                /** Operation launch_group. */
                launch_group: (mesos.v1.Offer.Operation.LaunchGroup|null);

                /** Operation reserve. */
                reserve: (mesos.v1.Offer.Operation.Reserve|null);

                /** Operation unreserve. */
                unreserve: (mesos.v1.Offer.Operation.Unreserve|null);

                /** Operation create. */
                create: (mesos.v1.Offer.Operation.Create|null);

                /** Operation destroy. */
                destroy: (mesos.v1.Offer.Operation.Destroy|null);

                /** Operation grow_volume. */
                grow_volume: (mesos.v1.Offer.Operation.GrowVolume|null);

                /** Operation shrink_volume. */
                shrink_volume: (mesos.v1.Offer.Operation.ShrinkVolume|null);

                /**
                 * Creates a new Operation instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Operation instance
                 */
                static create(properties: mesos.v1.Offer.Operation.$Shape): mesos.v1.Offer.Operation & mesos.v1.Offer.Operation.$Shape;
                static create(properties?: mesos.v1.Offer.Operation.$Properties): mesos.v1.Offer.Operation;

                /**
                 * Encodes the specified Operation message. Does not implicitly {@link mesos.v1.Offer.Operation.verify|verify} messages.
                 * @param message Operation message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mesos.v1.Offer.Operation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Operation message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mesos.v1.Offer.Operation & mesos.v1.Offer.Operation.$Shape} Operation
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.Offer.Operation & mesos.v1.Offer.Operation.$Shape;

                /**
                 * Verifies an Operation message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Operation message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Operation
                 */
                static fromObject(object: { [k: string]: any }): mesos.v1.Offer.Operation;

                /**
                 * Creates a plain object from an Operation message. Also converts values to other types if specified.
                 * @param message Operation
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: mesos.v1.Offer.Operation, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Operation to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Operation {

                /** Properties of an Operation. */
                interface $Properties {

                    /** Operation type */
                    type?: (mesos.v1.Offer.Operation.Type|null);

                    /** Operation id */
                    id?: (mesos.v1.OperationID.$Properties|null);

                    /** Operation launch */
                    launch?: (mesos.v1.Offer.Operation.Launch.$Properties|null);

                    /** Operation launch_group */
                    launch_group?: (mesos.v1.Offer.Operation.LaunchGroup.$Properties|null);

                    /** Operation reserve */
                    reserve?: (mesos.v1.Offer.Operation.Reserve.$Properties|null);

                    /** Operation unreserve */
                    unreserve?: (mesos.v1.Offer.Operation.Unreserve.$Properties|null);

                    /** Operation create */
                    create?: (mesos.v1.Offer.Operation.Create.$Properties|null);

                    /** Operation destroy */
                    destroy?: (mesos.v1.Offer.Operation.Destroy.$Properties|null);

                    /** Operation grow_volume */
                    grow_volume?: (mesos.v1.Offer.Operation.GrowVolume.$Properties|null);

                    /** Operation shrink_volume */
                    shrink_volume?: (mesos.v1.Offer.Operation.ShrinkVolume.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Operation. */
                type $Shape = mesos.v1.Offer.Operation.$Properties;

                /** Type enum. */
                enum Type {

                    /** UNKNOWN value */
                    UNKNOWN = 0,

                    /** LAUNCH value */
                    LAUNCH = 1,

                    /** LAUNCH_GROUP value */
                    LAUNCH_GROUP = 6,

                    /** RESERVE value */
                    RESERVE = 2,

                    /** UNRESERVE value */
                    UNRESERVE = 3,

                    /** CREATE value */
                    CREATE = 4,

                    /** DESTROY value */
                    DESTROY = 5,

                    /** GROW_VOLUME value */
                    GROW_VOLUME = 11,

                    /** SHRINK_VOLUME value */
                    SHRINK_VOLUME = 12,

                    /** CREATE_DISK value */
                    CREATE_DISK = 13,

                    /** DESTROY_DISK value */
                    DESTROY_DISK = 14
                }

                /**
                 * Properties of a Launch.
                 * @deprecated Use mesos.v1.Offer.Operation.Launch.$Properties instead.
                 */
                interface ILaunch extends mesos.v1.Offer.Operation.Launch.$Properties {
                }

                /** Represents a Launch. */
                class Launch {

                    /**
                     * Constructs a new Launch.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.Offer.Operation.Launch.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Launch task_infos. */
                    task_infos: mesos.v1.TaskInfo[];

                    /**
                     * Creates a new Launch instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Launch instance
                     */
                    static create(properties: mesos.v1.Offer.Operation.Launch.$Shape): mesos.v1.Offer.Operation.Launch & mesos.v1.Offer.Operation.Launch.$Shape;
                    static create(properties?: mesos.v1.Offer.Operation.Launch.$Properties): mesos.v1.Offer.Operation.Launch;

                    /**
                     * Encodes the specified Launch message. Does not implicitly {@link mesos.v1.Offer.Operation.Launch.verify|verify} messages.
                     * @param message Launch message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.Offer.Operation.Launch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Launch message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.Offer.Operation.Launch & mesos.v1.Offer.Operation.Launch.$Shape} Launch
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.Offer.Operation.Launch & mesos.v1.Offer.Operation.Launch.$Shape;

                    /**
                     * Verifies a Launch message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a Launch message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Launch
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.Offer.Operation.Launch;

                    /**
                     * Creates a plain object from a Launch message. Also converts values to other types if specified.
                     * @param message Launch
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.Offer.Operation.Launch, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Launch to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace Launch {

                    /** Properties of a Launch. */
                    interface $Properties {

                        /** Launch task_infos */
                        task_infos?: mesos.v1.TaskInfo.$Properties[];

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Launch. */
                    type $Shape = mesos.v1.Offer.Operation.Launch.$Properties;
                }

                /**
                 * Properties of a LaunchGroup.
                 * @deprecated Use mesos.v1.Offer.Operation.LaunchGroup.$Properties instead.
                 */
                interface ILaunchGroup extends mesos.v1.Offer.Operation.LaunchGroup.$Properties {
                }

                /** Represents a LaunchGroup. */
                class LaunchGroup {

                    /**
                     * Constructs a new LaunchGroup.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.Offer.Operation.LaunchGroup.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** LaunchGroup executor. */
                    executor: mesos.v1.ExecutorInfo;

                    /** LaunchGroup task_group. */
                    task_group: mesos.v1.TaskGroupInfo;

                    /**
                     * Creates a new LaunchGroup instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns LaunchGroup instance
                     */
                    static create(properties: mesos.v1.Offer.Operation.LaunchGroup.$Shape): mesos.v1.Offer.Operation.LaunchGroup & mesos.v1.Offer.Operation.LaunchGroup.$Shape;
                    static create(properties?: mesos.v1.Offer.Operation.LaunchGroup.$Properties): mesos.v1.Offer.Operation.LaunchGroup;

                    /**
                     * Encodes the specified LaunchGroup message. Does not implicitly {@link mesos.v1.Offer.Operation.LaunchGroup.verify|verify} messages.
                     * @param message LaunchGroup message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.Offer.Operation.LaunchGroup.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a LaunchGroup message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.Offer.Operation.LaunchGroup & mesos.v1.Offer.Operation.LaunchGroup.$Shape} LaunchGroup
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.Offer.Operation.LaunchGroup & mesos.v1.Offer.Operation.LaunchGroup.$Shape;

                    /**
                     * Verifies a LaunchGroup message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a LaunchGroup message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns LaunchGroup
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.Offer.Operation.LaunchGroup;

                    /**
                     * Creates a plain object from a LaunchGroup message. Also converts values to other types if specified.
                     * @param message LaunchGroup
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.Offer.Operation.LaunchGroup, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this LaunchGroup to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace LaunchGroup {

                    /** Properties of a LaunchGroup. */
                    interface $Properties {

                        /** LaunchGroup executor */
                        executor: mesos.v1.ExecutorInfo.$Properties;

                        /** LaunchGroup task_group */
                        task_group: mesos.v1.TaskGroupInfo.$Properties;

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a LaunchGroup. */
                    type $Shape = mesos.v1.Offer.Operation.LaunchGroup.$Properties;
                }

                /**
                 * Properties of a Reserve.
                 * @deprecated Use mesos.v1.Offer.Operation.Reserve.$Properties instead.
                 */
                interface IReserve extends mesos.v1.Offer.Operation.Reserve.$Properties {
                }

                /** Represents a Reserve. */
                class Reserve {

                    /**
                     * Constructs a new Reserve.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.Offer.Operation.Reserve.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Reserve resources. */
                    resources: mesos.v1.Resource[];

                    /** Reserve source. */
                    source: mesos.v1.Resource[];

                    /**
                     * Creates a new Reserve instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Reserve instance
                     */
                    static create(properties: mesos.v1.Offer.Operation.Reserve.$Shape): mesos.v1.Offer.Operation.Reserve & mesos.v1.Offer.Operation.Reserve.$Shape;
                    static create(properties?: mesos.v1.Offer.Operation.Reserve.$Properties): mesos.v1.Offer.Operation.Reserve;

                    /**
                     * Encodes the specified Reserve message. Does not implicitly {@link mesos.v1.Offer.Operation.Reserve.verify|verify} messages.
                     * @param message Reserve message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.Offer.Operation.Reserve.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Reserve message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.Offer.Operation.Reserve & mesos.v1.Offer.Operation.Reserve.$Shape} Reserve
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.Offer.Operation.Reserve & mesos.v1.Offer.Operation.Reserve.$Shape;

                    /**
                     * Verifies a Reserve message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a Reserve message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Reserve
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.Offer.Operation.Reserve;

                    /**
                     * Creates a plain object from a Reserve message. Also converts values to other types if specified.
                     * @param message Reserve
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.Offer.Operation.Reserve, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Reserve to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace Reserve {

                    /** Properties of a Reserve. */
                    interface $Properties {

                        /** Reserve resources */
                        resources?: mesos.v1.Resource.$Properties[];

                        /** Reserve source */
                        source?: mesos.v1.Resource.$Properties[];

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Reserve. */
                    type $Shape = mesos.v1.Offer.Operation.Reserve.$Properties;
                }

                /**
                 * Properties of an Unreserve.
                 * @deprecated Use mesos.v1.Offer.Operation.Unreserve.$Properties instead.
                 */
                interface IUnreserve extends mesos.v1.Offer.Operation.Unreserve.$Properties {
                }

                /** Represents an Unreserve. */
                class Unreserve {

                    /**
                     * Constructs a new Unreserve.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.Offer.Operation.Unreserve.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Unreserve resources. */
                    resources: mesos.v1.Resource[];

                    /**
                     * Creates a new Unreserve instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Unreserve instance
                     */
                    static create(properties: mesos.v1.Offer.Operation.Unreserve.$Shape): mesos.v1.Offer.Operation.Unreserve & mesos.v1.Offer.Operation.Unreserve.$Shape;
                    static create(properties?: mesos.v1.Offer.Operation.Unreserve.$Properties): mesos.v1.Offer.Operation.Unreserve;

                    /**
                     * Encodes the specified Unreserve message. Does not implicitly {@link mesos.v1.Offer.Operation.Unreserve.verify|verify} messages.
                     * @param message Unreserve message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.Offer.Operation.Unreserve.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an Unreserve message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.Offer.Operation.Unreserve & mesos.v1.Offer.Operation.Unreserve.$Shape} Unreserve
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.Offer.Operation.Unreserve & mesos.v1.Offer.Operation.Unreserve.$Shape;

                    /**
                     * Verifies an Unreserve message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates an Unreserve message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Unreserve
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.Offer.Operation.Unreserve;

                    /**
                     * Creates a plain object from an Unreserve message. Also converts values to other types if specified.
                     * @param message Unreserve
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.Offer.Operation.Unreserve, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Unreserve to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace Unreserve {

                    /** Properties of an Unreserve. */
                    interface $Properties {

                        /** Unreserve resources */
                        resources?: mesos.v1.Resource.$Properties[];

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of an Unreserve. */
                    type $Shape = mesos.v1.Offer.Operation.Unreserve.$Properties;
                }

                /**
                 * Properties of a Create.
                 * @deprecated Use mesos.v1.Offer.Operation.Create.$Properties instead.
                 */
                interface ICreate extends mesos.v1.Offer.Operation.Create.$Properties {
                }

                /** Represents a Create. */
                class Create {

                    /**
                     * Constructs a new Create.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.Offer.Operation.Create.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Create volumes. */
                    volumes: mesos.v1.Resource[];

                    /**
                     * Creates a new Create instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Create instance
                     */
                    static create(properties: mesos.v1.Offer.Operation.Create.$Shape): mesos.v1.Offer.Operation.Create & mesos.v1.Offer.Operation.Create.$Shape;
                    static create(properties?: mesos.v1.Offer.Operation.Create.$Properties): mesos.v1.Offer.Operation.Create;

                    /**
                     * Encodes the specified Create message. Does not implicitly {@link mesos.v1.Offer.Operation.Create.verify|verify} messages.
                     * @param message Create message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.Offer.Operation.Create.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Create message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.Offer.Operation.Create & mesos.v1.Offer.Operation.Create.$Shape} Create
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.Offer.Operation.Create & mesos.v1.Offer.Operation.Create.$Shape;

                    /**
                     * Verifies a Create message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a Create message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Create
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.Offer.Operation.Create;

                    /**
                     * Creates a plain object from a Create message. Also converts values to other types if specified.
                     * @param message Create
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.Offer.Operation.Create, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Create to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace Create {

                    /** Properties of a Create. */
                    interface $Properties {

                        /** Create volumes */
                        volumes?: mesos.v1.Resource.$Properties[];

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Create. */
                    type $Shape = mesos.v1.Offer.Operation.Create.$Properties;
                }

                /**
                 * Properties of a Destroy.
                 * @deprecated Use mesos.v1.Offer.Operation.Destroy.$Properties instead.
                 */
                interface IDestroy extends mesos.v1.Offer.Operation.Destroy.$Properties {
                }

                /** Represents a Destroy. */
                class Destroy {

                    /**
                     * Constructs a new Destroy.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.Offer.Operation.Destroy.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Destroy volumes. */
                    volumes: mesos.v1.Resource[];

                    /**
                     * Creates a new Destroy instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Destroy instance
                     */
                    static create(properties: mesos.v1.Offer.Operation.Destroy.$Shape): mesos.v1.Offer.Operation.Destroy & mesos.v1.Offer.Operation.Destroy.$Shape;
                    static create(properties?: mesos.v1.Offer.Operation.Destroy.$Properties): mesos.v1.Offer.Operation.Destroy;

                    /**
                     * Encodes the specified Destroy message. Does not implicitly {@link mesos.v1.Offer.Operation.Destroy.verify|verify} messages.
                     * @param message Destroy message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.Offer.Operation.Destroy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Destroy message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.Offer.Operation.Destroy & mesos.v1.Offer.Operation.Destroy.$Shape} Destroy
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.Offer.Operation.Destroy & mesos.v1.Offer.Operation.Destroy.$Shape;

                    /**
                     * Verifies a Destroy message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a Destroy message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Destroy
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.Offer.Operation.Destroy;

                    /**
                     * Creates a plain object from a Destroy message. Also converts values to other types if specified.
                     * @param message Destroy
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.Offer.Operation.Destroy, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Destroy to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace Destroy {

                    /** Properties of a Destroy. */
                    interface $Properties {

                        /** Destroy volumes */
                        volumes?: mesos.v1.Resource.$Properties[];

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Destroy. */
                    type $Shape = mesos.v1.Offer.Operation.Destroy.$Properties;
                }

                /**
                 * Properties of a GrowVolume.
                 * @deprecated Use mesos.v1.Offer.Operation.GrowVolume.$Properties instead.
                 */
                interface IGrowVolume extends mesos.v1.Offer.Operation.GrowVolume.$Properties {
                }

                /** Represents a GrowVolume. */
                class GrowVolume {

                    /**
                     * Constructs a new GrowVolume.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.Offer.Operation.GrowVolume.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** GrowVolume volume. */
                    volume: mesos.v1.Resource;

                    /** GrowVolume addition. */
                    addition: mesos.v1.Resource;

                    /**
                     * Creates a new GrowVolume instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GrowVolume instance
                     */
                    static create(properties: mesos.v1.Offer.Operation.GrowVolume.$Shape): mesos.v1.Offer.Operation.GrowVolume & mesos.v1.Offer.Operation.GrowVolume.$Shape;
                    static create(properties?: mesos.v1.Offer.Operation.GrowVolume.$Properties): mesos.v1.Offer.Operation.GrowVolume;

                    /**
                     * Encodes the specified GrowVolume message. Does not implicitly {@link mesos.v1.Offer.Operation.GrowVolume.verify|verify} messages.
                     * @param message GrowVolume message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.Offer.Operation.GrowVolume.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GrowVolume message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.Offer.Operation.GrowVolume & mesos.v1.Offer.Operation.GrowVolume.$Shape} GrowVolume
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.Offer.Operation.GrowVolume & mesos.v1.Offer.Operation.GrowVolume.$Shape;

                    /**
                     * Verifies a GrowVolume message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a GrowVolume message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns GrowVolume
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.Offer.Operation.GrowVolume;

                    /**
                     * Creates a plain object from a GrowVolume message. Also converts values to other types if specified.
                     * @param message GrowVolume
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.Offer.Operation.GrowVolume, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this GrowVolume to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace GrowVolume {

                    /** Properties of a GrowVolume. */
                    interface $Properties {

                        /** GrowVolume volume */
                        volume: mesos.v1.Resource.$Properties;

                        /** GrowVolume addition */
                        addition: mesos.v1.Resource.$Properties;

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a GrowVolume. */
                    type $Shape = mesos.v1.Offer.Operation.GrowVolume.$Properties;
                }

                /**
                 * Properties of a ShrinkVolume.
                 * @deprecated Use mesos.v1.Offer.Operation.ShrinkVolume.$Properties instead.
                 */
                interface IShrinkVolume extends mesos.v1.Offer.Operation.ShrinkVolume.$Properties {
                }

                /** Represents a ShrinkVolume. */
                class ShrinkVolume {

                    /**
                     * Constructs a new ShrinkVolume.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.Offer.Operation.ShrinkVolume.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** ShrinkVolume volume. */
                    volume: mesos.v1.Resource;

                    /** ShrinkVolume subtract. */
                    subtract: mesos.v1.Value.Scalar;

                    /**
                     * Creates a new ShrinkVolume instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ShrinkVolume instance
                     */
                    static create(properties: mesos.v1.Offer.Operation.ShrinkVolume.$Shape): mesos.v1.Offer.Operation.ShrinkVolume & mesos.v1.Offer.Operation.ShrinkVolume.$Shape;
                    static create(properties?: mesos.v1.Offer.Operation.ShrinkVolume.$Properties): mesos.v1.Offer.Operation.ShrinkVolume;

                    /**
                     * Encodes the specified ShrinkVolume message. Does not implicitly {@link mesos.v1.Offer.Operation.ShrinkVolume.verify|verify} messages.
                     * @param message ShrinkVolume message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.Offer.Operation.ShrinkVolume.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ShrinkVolume message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.Offer.Operation.ShrinkVolume & mesos.v1.Offer.Operation.ShrinkVolume.$Shape} ShrinkVolume
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.Offer.Operation.ShrinkVolume & mesos.v1.Offer.Operation.ShrinkVolume.$Shape;

                    /**
                     * Verifies a ShrinkVolume message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a ShrinkVolume message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns ShrinkVolume
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.Offer.Operation.ShrinkVolume;

                    /**
                     * Creates a plain object from a ShrinkVolume message. Also converts values to other types if specified.
                     * @param message ShrinkVolume
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.Offer.Operation.ShrinkVolume, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this ShrinkVolume to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace ShrinkVolume {

                    /** Properties of a ShrinkVolume. */
                    interface $Properties {

                        /** ShrinkVolume volume */
                        volume: mesos.v1.Resource.$Properties;

                        /** ShrinkVolume subtract */
                        subtract: mesos.v1.Value.Scalar.$Properties;

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a ShrinkVolume. */
                    type $Shape = mesos.v1.Offer.Operation.ShrinkVolume.$Properties;
                }
            }
        }

        /**
         * Properties of an InverseOffer.
         * @deprecated Use mesos.v1.InverseOffer.$Properties instead.
         */
        interface IInverseOffer extends mesos.v1.InverseOffer.$Properties {
        }

        /** Represents an InverseOffer. */
        class InverseOffer {

            /**
             * Constructs a new InverseOffer.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.v1.InverseOffer.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** InverseOffer id. */
            id: mesos.v1.OfferID;

            /** InverseOffer url. */
            url: (mesos.v1.URL|null);

            /** InverseOffer framework_id. */
            framework_id: mesos.v1.FrameworkID;

            /** InverseOffer agent_id. */
            agent_id: (mesos.v1.AgentID|null);

            /** InverseOffer unavailability. */
            unavailability: mesos.v1.Unavailability;

            /** InverseOffer resources. */
            resources: mesos.v1.Resource[];

            /**
             * Creates a new InverseOffer instance using the specified properties.
             * @param [properties] Properties to set
             * @returns InverseOffer instance
             */
            static create(properties: mesos.v1.InverseOffer.$Shape): mesos.v1.InverseOffer & mesos.v1.InverseOffer.$Shape;
            static create(properties?: mesos.v1.InverseOffer.$Properties): mesos.v1.InverseOffer;

            /**
             * Encodes the specified InverseOffer message. Does not implicitly {@link mesos.v1.InverseOffer.verify|verify} messages.
             * @param message InverseOffer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.v1.InverseOffer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an InverseOffer message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.v1.InverseOffer & mesos.v1.InverseOffer.$Shape} InverseOffer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.InverseOffer & mesos.v1.InverseOffer.$Shape;

            /**
             * Verifies an InverseOffer message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an InverseOffer message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns InverseOffer
             */
            static fromObject(object: { [k: string]: any }): mesos.v1.InverseOffer;

            /**
             * Creates a plain object from an InverseOffer message. Also converts values to other types if specified.
             * @param message InverseOffer
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mesos.v1.InverseOffer, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this InverseOffer to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace InverseOffer {

            /** Properties of an InverseOffer. */
            interface $Properties {

                /** InverseOffer id */
                id: mesos.v1.OfferID.$Properties;

                /** InverseOffer url */
                url?: (mesos.v1.URL.$Properties|null);

                /** InverseOffer framework_id */
                framework_id: mesos.v1.FrameworkID.$Properties;

                /** InverseOffer agent_id */
                agent_id?: (mesos.v1.AgentID.$Properties|null);

                /** InverseOffer unavailability */
                unavailability: mesos.v1.Unavailability.$Properties;

                /** InverseOffer resources */
                resources?: mesos.v1.Resource.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an InverseOffer. */
            type $Shape = mesos.v1.InverseOffer.$Properties;
        }

        /**
         * Properties of an OperationStatus.
         * @deprecated Use mesos.v1.OperationStatus.$Properties instead.
         */
        interface IOperationStatus extends mesos.v1.OperationStatus.$Properties {
        }

        /** Represents an OperationStatus. */
        class OperationStatus {

            /**
             * Constructs a new OperationStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: mesos.v1.OperationStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OperationStatus operation_id. */
            operation_id: (mesos.v1.OperationID|null);

            /** OperationStatus state. */
            state: mesos.v1.OperationState;

            /** OperationStatus message. */
            message: (string|null);

            /** OperationStatus converted_resources. */
            converted_resources: mesos.v1.Resource[];

            /** OperationStatus uuid. */
            uuid: (mesos.v1.UUID|null);

            /** OperationStatus agent_id. */
            agent_id: (mesos.v1.AgentID|null);

            /** OperationStatus resource_provider_id. */
            resource_provider_id: (mesos.v1.ResourceProviderID|null);

            /**
             * Creates a new OperationStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OperationStatus instance
             */
            static create(properties: mesos.v1.OperationStatus.$Shape): mesos.v1.OperationStatus & mesos.v1.OperationStatus.$Shape;
            static create(properties?: mesos.v1.OperationStatus.$Properties): mesos.v1.OperationStatus;

            /**
             * Encodes the specified OperationStatus message. Does not implicitly {@link mesos.v1.OperationStatus.verify|verify} messages.
             * @param message OperationStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mesos.v1.OperationStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OperationStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mesos.v1.OperationStatus & mesos.v1.OperationStatus.$Shape} OperationStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.OperationStatus & mesos.v1.OperationStatus.$Shape;

            /**
             * Verifies an OperationStatus message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an OperationStatus message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns OperationStatus
             */
            static fromObject(object: { [k: string]: any }): mesos.v1.OperationStatus;

            /**
             * Creates a plain object from an OperationStatus message. Also converts values to other types if specified.
             * @param message OperationStatus
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mesos.v1.OperationStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this OperationStatus to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace OperationStatus {

            /** Properties of an OperationStatus. */
            interface $Properties {

                /** OperationStatus operation_id */
                operation_id?: (mesos.v1.OperationID.$Properties|null);

                /** OperationStatus state */
                state: mesos.v1.OperationState;

                /** OperationStatus message */
                message?: (string|null);

                /** OperationStatus converted_resources */
                converted_resources?: mesos.v1.Resource.$Properties[];

                /** OperationStatus uuid */
                uuid?: (mesos.v1.UUID.$Properties|null);

                /** OperationStatus agent_id */
                agent_id?: (mesos.v1.AgentID.$Properties|null);

                /** OperationStatus resource_provider_id */
                resource_provider_id?: (mesos.v1.ResourceProviderID.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OperationStatus. */
            type $Shape = mesos.v1.OperationStatus.$Properties;
        }

        /** OperationState enum. */
        enum OperationState {

            /** OPERATION_UNSUPPORTED value */
            OPERATION_UNSUPPORTED = 0,

            /** OPERATION_PENDING value */
            OPERATION_PENDING = 1,

            /** OPERATION_FINISHED value */
            OPERATION_FINISHED = 2,

            /** OPERATION_FAILED value */
            OPERATION_FAILED = 3,

            /** OPERATION_ERROR value */
            OPERATION_ERROR = 4,

            /** OPERATION_DROPPED value */
            OPERATION_DROPPED = 5,

            /** OPERATION_UNREACHABLE value */
            OPERATION_UNREACHABLE = 6,

            /** OPERATION_GONE_BY_OPERATOR value */
            OPERATION_GONE_BY_OPERATOR = 7,

            /** OPERATION_RECOVERING value */
            OPERATION_RECOVERING = 8,

            /** OPERATION_UNKNOWN value */
            OPERATION_UNKNOWN = 9
        }

        /** Namespace scheduler. */
        namespace scheduler {

            /**
             * Properties of an Event.
             * @deprecated Use mesos.v1.scheduler.Event.$Properties instead.
             */
            interface IEvent extends mesos.v1.scheduler.Event.$Properties {
            }

            /** Represents an Event. */
            class Event {

                /**
                 * Constructs a new Event.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mesos.v1.scheduler.Event.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Event type. */
                type: (mesos.v1.scheduler.Event.Type|null);

                /** Event subscribed. */
                subscribed: (mesos.v1.scheduler.Event.Subscribed|null);

                /** Event offers. */
                offers: (mesos.v1.scheduler.Event.Offers|null);

                /** Event inverse_offers. */
                inverse_offers: (mesos.v1.scheduler.Event.InverseOffers|null);

                /** Event rescind. */
                rescind: (mesos.v1.scheduler.Event.Rescind|null);

                /** Event rescind_inverse_offer. */
                rescind_inverse_offer: (mesos.v1.scheduler.Event.RescindInverseOffer|null);

                /** Event update. */
                update: (mesos.v1.scheduler.Event.Update|null);

                /** Event update_operation_status. */
                update_operation_status: (mesos.v1.scheduler.Event.UpdateOperationStatus|null);

                /** Event message. */
                message: (mesos.v1.scheduler.Event.Message|null);

                /** Event failure. */
                failure: (mesos.v1.scheduler.Event.Failure|null);

                /** Event error. */
                error: (mesos.v1.scheduler.Event.Error|null);

                /**
                 * Creates a new Event instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Event instance
                 */
                static create(properties: mesos.v1.scheduler.Event.$Shape): mesos.v1.scheduler.Event & mesos.v1.scheduler.Event.$Shape;
                static create(properties?: mesos.v1.scheduler.Event.$Properties): mesos.v1.scheduler.Event;

                /**
                 * Encodes the specified Event message. Does not implicitly {@link mesos.v1.scheduler.Event.verify|verify} messages.
                 * @param message Event message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mesos.v1.scheduler.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Event message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mesos.v1.scheduler.Event & mesos.v1.scheduler.Event.$Shape} Event
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.scheduler.Event & mesos.v1.scheduler.Event.$Shape;

                /**
                 * Verifies an Event message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Event message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Event
                 */
                static fromObject(object: { [k: string]: any }): mesos.v1.scheduler.Event;

                /**
                 * Creates a plain object from an Event message. Also converts values to other types if specified.
                 * @param message Event
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: mesos.v1.scheduler.Event, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Event to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Event {

                /** Properties of an Event. */
                interface $Properties {

                    /** Event type */
                    type?: (mesos.v1.scheduler.Event.Type|null);

                    /** Event subscribed */
                    subscribed?: (mesos.v1.scheduler.Event.Subscribed.$Properties|null);

                    /** Event offers */
                    offers?: (mesos.v1.scheduler.Event.Offers.$Properties|null);

                    /** Event inverse_offers */
                    inverse_offers?: (mesos.v1.scheduler.Event.InverseOffers.$Properties|null);

                    /** Event rescind */
                    rescind?: (mesos.v1.scheduler.Event.Rescind.$Properties|null);

                    /** Event rescind_inverse_offer */
                    rescind_inverse_offer?: (mesos.v1.scheduler.Event.RescindInverseOffer.$Properties|null);

                    /** Event update */
                    update?: (mesos.v1.scheduler.Event.Update.$Properties|null);

                    /** Event update_operation_status */
                    update_operation_status?: (mesos.v1.scheduler.Event.UpdateOperationStatus.$Properties|null);

                    /** Event message */
                    message?: (mesos.v1.scheduler.Event.Message.$Properties|null);

                    /** Event failure */
                    failure?: (mesos.v1.scheduler.Event.Failure.$Properties|null);

                    /** Event error */
                    error?: (mesos.v1.scheduler.Event.Error.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Event. */
                type $Shape = mesos.v1.scheduler.Event.$Properties;

                /** Type enum. */
                enum Type {

                    /** UNKNOWN value */
                    UNKNOWN = 0,

                    /** SUBSCRIBED value */
                    SUBSCRIBED = 1,

                    /** OFFERS value */
                    OFFERS = 2,

                    /** INVERSE_OFFERS value */
                    INVERSE_OFFERS = 9,

                    /** RESCIND value */
                    RESCIND = 3,

                    /** RESCIND_INVERSE_OFFER value */
                    RESCIND_INVERSE_OFFER = 10,

                    /** UPDATE value */
                    UPDATE = 4,

                    /** UPDATE_OPERATION_STATUS value */
                    UPDATE_OPERATION_STATUS = 11,

                    /** MESSAGE value */
                    MESSAGE = 5,

                    /** FAILURE value */
                    FAILURE = 6,

                    /** ERROR value */
                    ERROR = 7,

                    /** HEARTBEAT value */
                    HEARTBEAT = 8
                }

                /**
                 * Properties of a Subscribed.
                 * @deprecated Use mesos.v1.scheduler.Event.Subscribed.$Properties instead.
                 */
                interface ISubscribed extends mesos.v1.scheduler.Event.Subscribed.$Properties {
                }

                /** Represents a Subscribed. */
                class Subscribed {

                    /**
                     * Constructs a new Subscribed.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.scheduler.Event.Subscribed.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Subscribed framework_id. */
                    framework_id: mesos.v1.FrameworkID;

                    /** Subscribed heartbeat_interval_seconds. */
                    heartbeat_interval_seconds: (number|null);

                    /** Subscribed master_info. */
                    master_info: (mesos.v1.MasterInfo|null);

                    /**
                     * Creates a new Subscribed instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Subscribed instance
                     */
                    static create(properties: mesos.v1.scheduler.Event.Subscribed.$Shape): mesos.v1.scheduler.Event.Subscribed & mesos.v1.scheduler.Event.Subscribed.$Shape;
                    static create(properties?: mesos.v1.scheduler.Event.Subscribed.$Properties): mesos.v1.scheduler.Event.Subscribed;

                    /**
                     * Encodes the specified Subscribed message. Does not implicitly {@link mesos.v1.scheduler.Event.Subscribed.verify|verify} messages.
                     * @param message Subscribed message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.scheduler.Event.Subscribed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Subscribed message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.scheduler.Event.Subscribed & mesos.v1.scheduler.Event.Subscribed.$Shape} Subscribed
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.scheduler.Event.Subscribed & mesos.v1.scheduler.Event.Subscribed.$Shape;

                    /**
                     * Verifies a Subscribed message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a Subscribed message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Subscribed
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.scheduler.Event.Subscribed;

                    /**
                     * Creates a plain object from a Subscribed message. Also converts values to other types if specified.
                     * @param message Subscribed
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.scheduler.Event.Subscribed, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Subscribed to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace Subscribed {

                    /** Properties of a Subscribed. */
                    interface $Properties {

                        /** Subscribed framework_id */
                        framework_id: mesos.v1.FrameworkID.$Properties;

                        /** Subscribed heartbeat_interval_seconds */
                        heartbeat_interval_seconds?: (number|null);

                        /** Subscribed master_info */
                        master_info?: (mesos.v1.MasterInfo.$Properties|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Subscribed. */
                    type $Shape = mesos.v1.scheduler.Event.Subscribed.$Properties;
                }

                /**
                 * Properties of an Offers.
                 * @deprecated Use mesos.v1.scheduler.Event.Offers.$Properties instead.
                 */
                interface IOffers extends mesos.v1.scheduler.Event.Offers.$Properties {
                }

                /** Represents an Offers. */
                class Offers {

                    /**
                     * Constructs a new Offers.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.scheduler.Event.Offers.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Offers offers. */
                    offers: mesos.v1.Offer[];

                    /**
                     * Creates a new Offers instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Offers instance
                     */
                    static create(properties: mesos.v1.scheduler.Event.Offers.$Shape): mesos.v1.scheduler.Event.Offers & mesos.v1.scheduler.Event.Offers.$Shape;
                    static create(properties?: mesos.v1.scheduler.Event.Offers.$Properties): mesos.v1.scheduler.Event.Offers;

                    /**
                     * Encodes the specified Offers message. Does not implicitly {@link mesos.v1.scheduler.Event.Offers.verify|verify} messages.
                     * @param message Offers message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.scheduler.Event.Offers.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an Offers message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.scheduler.Event.Offers & mesos.v1.scheduler.Event.Offers.$Shape} Offers
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.scheduler.Event.Offers & mesos.v1.scheduler.Event.Offers.$Shape;

                    /**
                     * Verifies an Offers message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates an Offers message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Offers
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.scheduler.Event.Offers;

                    /**
                     * Creates a plain object from an Offers message. Also converts values to other types if specified.
                     * @param message Offers
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.scheduler.Event.Offers, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Offers to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace Offers {

                    /** Properties of an Offers. */
                    interface $Properties {

                        /** Offers offers */
                        offers?: mesos.v1.Offer.$Properties[];

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of an Offers. */
                    type $Shape = mesos.v1.scheduler.Event.Offers.$Properties;
                }

                /**
                 * Properties of an InverseOffers.
                 * @deprecated Use mesos.v1.scheduler.Event.InverseOffers.$Properties instead.
                 */
                interface IInverseOffers extends mesos.v1.scheduler.Event.InverseOffers.$Properties {
                }

                /** Represents an InverseOffers. */
                class InverseOffers {

                    /**
                     * Constructs a new InverseOffers.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.scheduler.Event.InverseOffers.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** InverseOffers inverse_offers. */
                    inverse_offers: mesos.v1.InverseOffer[];

                    /**
                     * Creates a new InverseOffers instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns InverseOffers instance
                     */
                    static create(properties: mesos.v1.scheduler.Event.InverseOffers.$Shape): mesos.v1.scheduler.Event.InverseOffers & mesos.v1.scheduler.Event.InverseOffers.$Shape;
                    static create(properties?: mesos.v1.scheduler.Event.InverseOffers.$Properties): mesos.v1.scheduler.Event.InverseOffers;

                    /**
                     * Encodes the specified InverseOffers message. Does not implicitly {@link mesos.v1.scheduler.Event.InverseOffers.verify|verify} messages.
                     * @param message InverseOffers message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.scheduler.Event.InverseOffers.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an InverseOffers message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.scheduler.Event.InverseOffers & mesos.v1.scheduler.Event.InverseOffers.$Shape} InverseOffers
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.scheduler.Event.InverseOffers & mesos.v1.scheduler.Event.InverseOffers.$Shape;

                    /**
                     * Verifies an InverseOffers message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates an InverseOffers message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns InverseOffers
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.scheduler.Event.InverseOffers;

                    /**
                     * Creates a plain object from an InverseOffers message. Also converts values to other types if specified.
                     * @param message InverseOffers
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.scheduler.Event.InverseOffers, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this InverseOffers to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace InverseOffers {

                    /** Properties of an InverseOffers. */
                    interface $Properties {

                        /** InverseOffers inverse_offers */
                        inverse_offers?: mesos.v1.InverseOffer.$Properties[];

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of an InverseOffers. */
                    type $Shape = mesos.v1.scheduler.Event.InverseOffers.$Properties;
                }

                /**
                 * Properties of a Rescind.
                 * @deprecated Use mesos.v1.scheduler.Event.Rescind.$Properties instead.
                 */
                interface IRescind extends mesos.v1.scheduler.Event.Rescind.$Properties {
                }

                /** Represents a Rescind. */
                class Rescind {

                    /**
                     * Constructs a new Rescind.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.scheduler.Event.Rescind.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Rescind offer_id. */
                    offer_id: mesos.v1.OfferID;

                    /**
                     * Creates a new Rescind instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Rescind instance
                     */
                    static create(properties: mesos.v1.scheduler.Event.Rescind.$Shape): mesos.v1.scheduler.Event.Rescind & mesos.v1.scheduler.Event.Rescind.$Shape;
                    static create(properties?: mesos.v1.scheduler.Event.Rescind.$Properties): mesos.v1.scheduler.Event.Rescind;

                    /**
                     * Encodes the specified Rescind message. Does not implicitly {@link mesos.v1.scheduler.Event.Rescind.verify|verify} messages.
                     * @param message Rescind message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.scheduler.Event.Rescind.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Rescind message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.scheduler.Event.Rescind & mesos.v1.scheduler.Event.Rescind.$Shape} Rescind
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.scheduler.Event.Rescind & mesos.v1.scheduler.Event.Rescind.$Shape;

                    /**
                     * Verifies a Rescind message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a Rescind message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Rescind
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.scheduler.Event.Rescind;

                    /**
                     * Creates a plain object from a Rescind message. Also converts values to other types if specified.
                     * @param message Rescind
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.scheduler.Event.Rescind, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Rescind to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace Rescind {

                    /** Properties of a Rescind. */
                    interface $Properties {

                        /** Rescind offer_id */
                        offer_id: mesos.v1.OfferID.$Properties;

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Rescind. */
                    type $Shape = mesos.v1.scheduler.Event.Rescind.$Properties;
                }

                /**
                 * Properties of a RescindInverseOffer.
                 * @deprecated Use mesos.v1.scheduler.Event.RescindInverseOffer.$Properties instead.
                 */
                interface IRescindInverseOffer extends mesos.v1.scheduler.Event.RescindInverseOffer.$Properties {
                }

                /** Represents a RescindInverseOffer. */
                class RescindInverseOffer {

                    /**
                     * Constructs a new RescindInverseOffer.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.scheduler.Event.RescindInverseOffer.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** RescindInverseOffer inverse_offer_id. */
                    inverse_offer_id: mesos.v1.OfferID;

                    /**
                     * Creates a new RescindInverseOffer instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns RescindInverseOffer instance
                     */
                    static create(properties: mesos.v1.scheduler.Event.RescindInverseOffer.$Shape): mesos.v1.scheduler.Event.RescindInverseOffer & mesos.v1.scheduler.Event.RescindInverseOffer.$Shape;
                    static create(properties?: mesos.v1.scheduler.Event.RescindInverseOffer.$Properties): mesos.v1.scheduler.Event.RescindInverseOffer;

                    /**
                     * Encodes the specified RescindInverseOffer message. Does not implicitly {@link mesos.v1.scheduler.Event.RescindInverseOffer.verify|verify} messages.
                     * @param message RescindInverseOffer message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.scheduler.Event.RescindInverseOffer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a RescindInverseOffer message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.scheduler.Event.RescindInverseOffer & mesos.v1.scheduler.Event.RescindInverseOffer.$Shape} RescindInverseOffer
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.scheduler.Event.RescindInverseOffer & mesos.v1.scheduler.Event.RescindInverseOffer.$Shape;

                    /**
                     * Verifies a RescindInverseOffer message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a RescindInverseOffer message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns RescindInverseOffer
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.scheduler.Event.RescindInverseOffer;

                    /**
                     * Creates a plain object from a RescindInverseOffer message. Also converts values to other types if specified.
                     * @param message RescindInverseOffer
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.scheduler.Event.RescindInverseOffer, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this RescindInverseOffer to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace RescindInverseOffer {

                    /** Properties of a RescindInverseOffer. */
                    interface $Properties {

                        /** RescindInverseOffer inverse_offer_id */
                        inverse_offer_id: mesos.v1.OfferID.$Properties;

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a RescindInverseOffer. */
                    type $Shape = mesos.v1.scheduler.Event.RescindInverseOffer.$Properties;
                }

                /**
                 * Properties of an Update.
                 * @deprecated Use mesos.v1.scheduler.Event.Update.$Properties instead.
                 */
                interface IUpdate extends mesos.v1.scheduler.Event.Update.$Properties {
                }

                /** Represents an Update. */
                class Update {

                    /**
                     * Constructs a new Update.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.scheduler.Event.Update.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Update status. */
                    status: mesos.v1.TaskStatus;

                    /**
                     * Creates a new Update instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Update instance
                     */
                    static create(properties: mesos.v1.scheduler.Event.Update.$Shape): mesos.v1.scheduler.Event.Update & mesos.v1.scheduler.Event.Update.$Shape;
                    static create(properties?: mesos.v1.scheduler.Event.Update.$Properties): mesos.v1.scheduler.Event.Update;

                    /**
                     * Encodes the specified Update message. Does not implicitly {@link mesos.v1.scheduler.Event.Update.verify|verify} messages.
                     * @param message Update message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.scheduler.Event.Update.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an Update message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.scheduler.Event.Update & mesos.v1.scheduler.Event.Update.$Shape} Update
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.scheduler.Event.Update & mesos.v1.scheduler.Event.Update.$Shape;

                    /**
                     * Verifies an Update message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates an Update message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Update
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.scheduler.Event.Update;

                    /**
                     * Creates a plain object from an Update message. Also converts values to other types if specified.
                     * @param message Update
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.scheduler.Event.Update, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Update to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
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
                    type $Shape = mesos.v1.scheduler.Event.Update.$Properties;
                }

                /**
                 * Properties of an UpdateOperationStatus.
                 * @deprecated Use mesos.v1.scheduler.Event.UpdateOperationStatus.$Properties instead.
                 */
                interface IUpdateOperationStatus extends mesos.v1.scheduler.Event.UpdateOperationStatus.$Properties {
                }

                /** Represents an UpdateOperationStatus. */
                class UpdateOperationStatus {

                    /**
                     * Constructs a new UpdateOperationStatus.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.scheduler.Event.UpdateOperationStatus.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** UpdateOperationStatus status. */
                    status: mesos.v1.OperationStatus;

                    /**
                     * Creates a new UpdateOperationStatus instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns UpdateOperationStatus instance
                     */
                    static create(properties: mesos.v1.scheduler.Event.UpdateOperationStatus.$Shape): mesos.v1.scheduler.Event.UpdateOperationStatus & mesos.v1.scheduler.Event.UpdateOperationStatus.$Shape;
                    static create(properties?: mesos.v1.scheduler.Event.UpdateOperationStatus.$Properties): mesos.v1.scheduler.Event.UpdateOperationStatus;

                    /**
                     * Encodes the specified UpdateOperationStatus message. Does not implicitly {@link mesos.v1.scheduler.Event.UpdateOperationStatus.verify|verify} messages.
                     * @param message UpdateOperationStatus message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.scheduler.Event.UpdateOperationStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an UpdateOperationStatus message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.scheduler.Event.UpdateOperationStatus & mesos.v1.scheduler.Event.UpdateOperationStatus.$Shape} UpdateOperationStatus
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.scheduler.Event.UpdateOperationStatus & mesos.v1.scheduler.Event.UpdateOperationStatus.$Shape;

                    /**
                     * Verifies an UpdateOperationStatus message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates an UpdateOperationStatus message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns UpdateOperationStatus
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.scheduler.Event.UpdateOperationStatus;

                    /**
                     * Creates a plain object from an UpdateOperationStatus message. Also converts values to other types if specified.
                     * @param message UpdateOperationStatus
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.scheduler.Event.UpdateOperationStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this UpdateOperationStatus to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace UpdateOperationStatus {

                    /** Properties of an UpdateOperationStatus. */
                    interface $Properties {

                        /** UpdateOperationStatus status */
                        status: mesos.v1.OperationStatus.$Properties;

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of an UpdateOperationStatus. */
                    type $Shape = mesos.v1.scheduler.Event.UpdateOperationStatus.$Properties;
                }

                /**
                 * Properties of a Message.
                 * @deprecated Use mesos.v1.scheduler.Event.Message.$Properties instead.
                 */
                interface IMessage extends mesos.v1.scheduler.Event.Message.$Properties {
                }

                /** Represents a Message. */
                class Message {

                    /**
                     * Constructs a new Message.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.scheduler.Event.Message.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Message agent_id. */
                    agent_id: mesos.v1.AgentID;

                    /** Message executor_id. */
                    executor_id: mesos.v1.ExecutorID;

                    /** Message data. */
                    data: Uint8Array;

                    /**
                     * Creates a new Message instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Message instance
                     */
                    static create(properties: mesos.v1.scheduler.Event.Message.$Shape): mesos.v1.scheduler.Event.Message & mesos.v1.scheduler.Event.Message.$Shape;
                    static create(properties?: mesos.v1.scheduler.Event.Message.$Properties): mesos.v1.scheduler.Event.Message;

                    /**
                     * Encodes the specified Message message. Does not implicitly {@link mesos.v1.scheduler.Event.Message.verify|verify} messages.
                     * @param message Message message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.scheduler.Event.Message.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Message message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.scheduler.Event.Message & mesos.v1.scheduler.Event.Message.$Shape} Message
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.scheduler.Event.Message & mesos.v1.scheduler.Event.Message.$Shape;

                    /**
                     * Verifies a Message message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a Message message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Message
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.scheduler.Event.Message;

                    /**
                     * Creates a plain object from a Message message. Also converts values to other types if specified.
                     * @param message Message
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.scheduler.Event.Message, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Message to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace Message {

                    /** Properties of a Message. */
                    interface $Properties {

                        /** Message agent_id */
                        agent_id: mesos.v1.AgentID.$Properties;

                        /** Message executor_id */
                        executor_id: mesos.v1.ExecutorID.$Properties;

                        /** Message data */
                        data: Uint8Array;

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Message. */
                    type $Shape = mesos.v1.scheduler.Event.Message.$Properties;
                }

                /**
                 * Properties of a Failure.
                 * @deprecated Use mesos.v1.scheduler.Event.Failure.$Properties instead.
                 */
                interface IFailure extends mesos.v1.scheduler.Event.Failure.$Properties {
                }

                /** Represents a Failure. */
                class Failure {

                    /**
                     * Constructs a new Failure.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.scheduler.Event.Failure.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Failure agent_id. */
                    agent_id: (mesos.v1.AgentID|null);

                    /** Failure executor_id. */
                    executor_id: (mesos.v1.ExecutorID|null);

                    /** Failure status. */
                    status: (number|null);

                    /**
                     * Creates a new Failure instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Failure instance
                     */
                    static create(properties: mesos.v1.scheduler.Event.Failure.$Shape): mesos.v1.scheduler.Event.Failure & mesos.v1.scheduler.Event.Failure.$Shape;
                    static create(properties?: mesos.v1.scheduler.Event.Failure.$Properties): mesos.v1.scheduler.Event.Failure;

                    /**
                     * Encodes the specified Failure message. Does not implicitly {@link mesos.v1.scheduler.Event.Failure.verify|verify} messages.
                     * @param message Failure message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.scheduler.Event.Failure.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Failure message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.scheduler.Event.Failure & mesos.v1.scheduler.Event.Failure.$Shape} Failure
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.scheduler.Event.Failure & mesos.v1.scheduler.Event.Failure.$Shape;

                    /**
                     * Verifies a Failure message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a Failure message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Failure
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.scheduler.Event.Failure;

                    /**
                     * Creates a plain object from a Failure message. Also converts values to other types if specified.
                     * @param message Failure
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.scheduler.Event.Failure, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Failure to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace Failure {

                    /** Properties of a Failure. */
                    interface $Properties {

                        /** Failure agent_id */
                        agent_id?: (mesos.v1.AgentID.$Properties|null);

                        /** Failure executor_id */
                        executor_id?: (mesos.v1.ExecutorID.$Properties|null);

                        /** Failure status */
                        status?: (number|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Failure. */
                    type $Shape = mesos.v1.scheduler.Event.Failure.$Properties;
                }

                /**
                 * Properties of an Error.
                 * @deprecated Use mesos.v1.scheduler.Event.Error.$Properties instead.
                 */
                interface IError extends mesos.v1.scheduler.Event.Error.$Properties {
                }

                /** Represents an Error. */
                class Error {

                    /**
                     * Constructs a new Error.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.scheduler.Event.Error.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Error message. */
                    message: string;

                    /**
                     * Creates a new Error instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Error instance
                     */
                    static create(properties: mesos.v1.scheduler.Event.Error.$Shape): mesos.v1.scheduler.Event.Error & mesos.v1.scheduler.Event.Error.$Shape;
                    static create(properties?: mesos.v1.scheduler.Event.Error.$Properties): mesos.v1.scheduler.Event.Error;

                    /**
                     * Encodes the specified Error message. Does not implicitly {@link mesos.v1.scheduler.Event.Error.verify|verify} messages.
                     * @param message Error message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.scheduler.Event.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an Error message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.scheduler.Event.Error & mesos.v1.scheduler.Event.Error.$Shape} Error
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.scheduler.Event.Error & mesos.v1.scheduler.Event.Error.$Shape;

                    /**
                     * Verifies an Error message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates an Error message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Error
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.scheduler.Event.Error;

                    /**
                     * Creates a plain object from an Error message. Also converts values to other types if specified.
                     * @param message Error
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.scheduler.Event.Error, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Error to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
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
                    type $Shape = mesos.v1.scheduler.Event.Error.$Properties;
                }
            }

            /**
             * Properties of a Call.
             * @deprecated Use mesos.v1.scheduler.Call.$Properties instead.
             */
            interface ICall extends mesos.v1.scheduler.Call.$Properties {
            }

            /** Represents a Call. */
            class Call {

                /**
                 * Constructs a new Call.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mesos.v1.scheduler.Call.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Call framework_id. */
                framework_id: (mesos.v1.FrameworkID|null);

                /** Call type. */
                type: (mesos.v1.scheduler.Call.Type|null);

                /** Call subscribe. */
                subscribe: (mesos.v1.scheduler.Call.Subscribe|null);

                /** Call accept. */
                accept: (mesos.v1.scheduler.Call.Accept|null);

                /** Call decline. */
                decline: (mesos.v1.scheduler.Call.Decline|null);

                /** Call accept_inverse_offers. */
                accept_inverse_offers: (mesos.v1.scheduler.Call.AcceptInverseOffers|null);

                /** Call decline_inverse_offers. */
                decline_inverse_offers: (mesos.v1.scheduler.Call.DeclineInverseOffers|null);

                /** Call revive. */
                revive: (mesos.v1.scheduler.Call.Revive|null);

                /** Call kill. */
                kill: (mesos.v1.scheduler.Call.Kill|null);

                /** Call shutdown. */
                shutdown: (mesos.v1.scheduler.Call.Shutdown|null);

                /** Call acknowledge. */
                acknowledge: (mesos.v1.scheduler.Call.Acknowledge|null);

                /** Call acknowledge_operation_status. */
                acknowledge_operation_status: (mesos.v1.scheduler.Call.AcknowledgeOperationStatus|null);

                /** Call reconcile. */
                reconcile: (mesos.v1.scheduler.Call.Reconcile|null);

                /** Call reconcile_operations. */
                reconcile_operations: (mesos.v1.scheduler.Call.ReconcileOperations|null);

                /** Call message. */
                message: (mesos.v1.scheduler.Call.Message|null);

                /** Call request. */
                request: (mesos.v1.scheduler.Call.Request|null);

                /** Call suppress. */
                suppress: (mesos.v1.scheduler.Call.Suppress|null);

                /** Call update_framework. */
                update_framework: (mesos.v1.scheduler.Call.UpdateFramework|null);

                /**
                 * Creates a new Call instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Call instance
                 */
                static create(properties: mesos.v1.scheduler.Call.$Shape): mesos.v1.scheduler.Call & mesos.v1.scheduler.Call.$Shape;
                static create(properties?: mesos.v1.scheduler.Call.$Properties): mesos.v1.scheduler.Call;

                /**
                 * Encodes the specified Call message. Does not implicitly {@link mesos.v1.scheduler.Call.verify|verify} messages.
                 * @param message Call message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mesos.v1.scheduler.Call.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Call message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mesos.v1.scheduler.Call & mesos.v1.scheduler.Call.$Shape} Call
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.scheduler.Call & mesos.v1.scheduler.Call.$Shape;

                /**
                 * Verifies a Call message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Call message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Call
                 */
                static fromObject(object: { [k: string]: any }): mesos.v1.scheduler.Call;

                /**
                 * Creates a plain object from a Call message. Also converts values to other types if specified.
                 * @param message Call
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: mesos.v1.scheduler.Call, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Call to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Call {

                /** Properties of a Call. */
                interface $Properties {

                    /** Call framework_id */
                    framework_id?: (mesos.v1.FrameworkID.$Properties|null);

                    /** Call type */
                    type?: (mesos.v1.scheduler.Call.Type|null);

                    /** Call subscribe */
                    subscribe?: (mesos.v1.scheduler.Call.Subscribe.$Properties|null);

                    /** Call accept */
                    accept?: (mesos.v1.scheduler.Call.Accept.$Properties|null);

                    /** Call decline */
                    decline?: (mesos.v1.scheduler.Call.Decline.$Properties|null);

                    /** Call accept_inverse_offers */
                    accept_inverse_offers?: (mesos.v1.scheduler.Call.AcceptInverseOffers.$Properties|null);

                    /** Call decline_inverse_offers */
                    decline_inverse_offers?: (mesos.v1.scheduler.Call.DeclineInverseOffers.$Properties|null);

                    /** Call revive */
                    revive?: (mesos.v1.scheduler.Call.Revive.$Properties|null);

                    /** Call kill */
                    kill?: (mesos.v1.scheduler.Call.Kill.$Properties|null);

                    /** Call shutdown */
                    shutdown?: (mesos.v1.scheduler.Call.Shutdown.$Properties|null);

                    /** Call acknowledge */
                    acknowledge?: (mesos.v1.scheduler.Call.Acknowledge.$Properties|null);

                    /** Call acknowledge_operation_status */
                    acknowledge_operation_status?: (mesos.v1.scheduler.Call.AcknowledgeOperationStatus.$Properties|null);

                    /** Call reconcile */
                    reconcile?: (mesos.v1.scheduler.Call.Reconcile.$Properties|null);

                    /** Call reconcile_operations */
                    reconcile_operations?: (mesos.v1.scheduler.Call.ReconcileOperations.$Properties|null);

                    /** Call message */
                    message?: (mesos.v1.scheduler.Call.Message.$Properties|null);

                    /** Call request */
                    request?: (mesos.v1.scheduler.Call.Request.$Properties|null);

                    /** Call suppress */
                    suppress?: (mesos.v1.scheduler.Call.Suppress.$Properties|null);

                    /** Call update_framework */
                    update_framework?: (mesos.v1.scheduler.Call.UpdateFramework.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Call. */
                type $Shape = mesos.v1.scheduler.Call.$Properties;

                /** Type enum. */
                enum Type {

                    /** UNKNOWN value */
                    UNKNOWN = 0,

                    /** SUBSCRIBE value */
                    SUBSCRIBE = 1,

                    /** TEARDOWN value */
                    TEARDOWN = 2,

                    /** ACCEPT value */
                    ACCEPT = 3,

                    /** DECLINE value */
                    DECLINE = 4,

                    /** ACCEPT_INVERSE_OFFERS value */
                    ACCEPT_INVERSE_OFFERS = 13,

                    /** DECLINE_INVERSE_OFFERS value */
                    DECLINE_INVERSE_OFFERS = 14,

                    /** REVIVE value */
                    REVIVE = 5,

                    /** KILL value */
                    KILL = 6,

                    /** SHUTDOWN value */
                    SHUTDOWN = 7,

                    /** ACKNOWLEDGE value */
                    ACKNOWLEDGE = 8,

                    /** ACKNOWLEDGE_OPERATION_STATUS value */
                    ACKNOWLEDGE_OPERATION_STATUS = 15,

                    /** RECONCILE value */
                    RECONCILE = 9,

                    /** RECONCILE_OPERATIONS value */
                    RECONCILE_OPERATIONS = 16,

                    /** MESSAGE value */
                    MESSAGE = 10,

                    /** REQUEST value */
                    REQUEST = 11,

                    /** SUPPRESS value */
                    SUPPRESS = 12,

                    /** UPDATE_FRAMEWORK value */
                    UPDATE_FRAMEWORK = 17
                }

                /**
                 * Properties of a Subscribe.
                 * @deprecated Use mesos.v1.scheduler.Call.Subscribe.$Properties instead.
                 */
                interface ISubscribe extends mesos.v1.scheduler.Call.Subscribe.$Properties {
                }

                /** Represents a Subscribe. */
                class Subscribe {

                    /**
                     * Constructs a new Subscribe.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.scheduler.Call.Subscribe.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Subscribe framework_info. */
                    framework_info: mesos.v1.FrameworkInfo;

                    /** Subscribe suppressed_roles. */
                    suppressed_roles: string[];

                    /**
                     * Creates a new Subscribe instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Subscribe instance
                     */
                    static create(properties: mesos.v1.scheduler.Call.Subscribe.$Shape): mesos.v1.scheduler.Call.Subscribe & mesos.v1.scheduler.Call.Subscribe.$Shape;
                    static create(properties?: mesos.v1.scheduler.Call.Subscribe.$Properties): mesos.v1.scheduler.Call.Subscribe;

                    /**
                     * Encodes the specified Subscribe message. Does not implicitly {@link mesos.v1.scheduler.Call.Subscribe.verify|verify} messages.
                     * @param message Subscribe message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.scheduler.Call.Subscribe.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Subscribe message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.scheduler.Call.Subscribe & mesos.v1.scheduler.Call.Subscribe.$Shape} Subscribe
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.scheduler.Call.Subscribe & mesos.v1.scheduler.Call.Subscribe.$Shape;

                    /**
                     * Verifies a Subscribe message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a Subscribe message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Subscribe
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.scheduler.Call.Subscribe;

                    /**
                     * Creates a plain object from a Subscribe message. Also converts values to other types if specified.
                     * @param message Subscribe
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.scheduler.Call.Subscribe, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Subscribe to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace Subscribe {

                    /** Properties of a Subscribe. */
                    interface $Properties {

                        /** Subscribe framework_info */
                        framework_info: mesos.v1.FrameworkInfo.$Properties;

                        /** Subscribe suppressed_roles */
                        suppressed_roles?: string[];

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Subscribe. */
                    type $Shape = mesos.v1.scheduler.Call.Subscribe.$Properties;
                }

                /**
                 * Properties of an Accept.
                 * @deprecated Use mesos.v1.scheduler.Call.Accept.$Properties instead.
                 */
                interface IAccept extends mesos.v1.scheduler.Call.Accept.$Properties {
                }

                /** Represents an Accept. */
                class Accept {

                    /**
                     * Constructs a new Accept.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.scheduler.Call.Accept.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Accept offer_ids. */
                    offer_ids: mesos.v1.OfferID[];

                    /** Accept operations. */
                    operations: mesos.v1.Offer.Operation[];

                    /** Accept filters. */
                    filters: (mesos.v1.Filters|null);

                    /**
                     * Creates a new Accept instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Accept instance
                     */
                    static create(properties: mesos.v1.scheduler.Call.Accept.$Shape): mesos.v1.scheduler.Call.Accept & mesos.v1.scheduler.Call.Accept.$Shape;
                    static create(properties?: mesos.v1.scheduler.Call.Accept.$Properties): mesos.v1.scheduler.Call.Accept;

                    /**
                     * Encodes the specified Accept message. Does not implicitly {@link mesos.v1.scheduler.Call.Accept.verify|verify} messages.
                     * @param message Accept message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.scheduler.Call.Accept.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an Accept message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.scheduler.Call.Accept & mesos.v1.scheduler.Call.Accept.$Shape} Accept
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.scheduler.Call.Accept & mesos.v1.scheduler.Call.Accept.$Shape;

                    /**
                     * Verifies an Accept message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates an Accept message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Accept
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.scheduler.Call.Accept;

                    /**
                     * Creates a plain object from an Accept message. Also converts values to other types if specified.
                     * @param message Accept
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.scheduler.Call.Accept, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Accept to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace Accept {

                    /** Properties of an Accept. */
                    interface $Properties {

                        /** Accept offer_ids */
                        offer_ids?: mesos.v1.OfferID.$Properties[];

                        /** Accept operations */
                        operations?: mesos.v1.Offer.Operation.$Properties[];

                        /** Accept filters */
                        filters?: (mesos.v1.Filters.$Properties|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of an Accept. */
                    type $Shape = mesos.v1.scheduler.Call.Accept.$Properties;
                }

                /**
                 * Properties of a Decline.
                 * @deprecated Use mesos.v1.scheduler.Call.Decline.$Properties instead.
                 */
                interface IDecline extends mesos.v1.scheduler.Call.Decline.$Properties {
                }

                /** Represents a Decline. */
                class Decline {

                    /**
                     * Constructs a new Decline.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.scheduler.Call.Decline.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Decline offer_ids. */
                    offer_ids: mesos.v1.OfferID[];

                    /** Decline filters. */
                    filters: (mesos.v1.Filters|null);

                    /**
                     * Creates a new Decline instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Decline instance
                     */
                    static create(properties: mesos.v1.scheduler.Call.Decline.$Shape): mesos.v1.scheduler.Call.Decline & mesos.v1.scheduler.Call.Decline.$Shape;
                    static create(properties?: mesos.v1.scheduler.Call.Decline.$Properties): mesos.v1.scheduler.Call.Decline;

                    /**
                     * Encodes the specified Decline message. Does not implicitly {@link mesos.v1.scheduler.Call.Decline.verify|verify} messages.
                     * @param message Decline message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.scheduler.Call.Decline.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Decline message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.scheduler.Call.Decline & mesos.v1.scheduler.Call.Decline.$Shape} Decline
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.scheduler.Call.Decline & mesos.v1.scheduler.Call.Decline.$Shape;

                    /**
                     * Verifies a Decline message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a Decline message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Decline
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.scheduler.Call.Decline;

                    /**
                     * Creates a plain object from a Decline message. Also converts values to other types if specified.
                     * @param message Decline
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.scheduler.Call.Decline, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Decline to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace Decline {

                    /** Properties of a Decline. */
                    interface $Properties {

                        /** Decline offer_ids */
                        offer_ids?: mesos.v1.OfferID.$Properties[];

                        /** Decline filters */
                        filters?: (mesos.v1.Filters.$Properties|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Decline. */
                    type $Shape = mesos.v1.scheduler.Call.Decline.$Properties;
                }

                /**
                 * Properties of an AcceptInverseOffers.
                 * @deprecated Use mesos.v1.scheduler.Call.AcceptInverseOffers.$Properties instead.
                 */
                interface IAcceptInverseOffers extends mesos.v1.scheduler.Call.AcceptInverseOffers.$Properties {
                }

                /** Represents an AcceptInverseOffers. */
                class AcceptInverseOffers {

                    /**
                     * Constructs a new AcceptInverseOffers.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.scheduler.Call.AcceptInverseOffers.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** AcceptInverseOffers inverse_offer_ids. */
                    inverse_offer_ids: mesos.v1.OfferID[];

                    /** AcceptInverseOffers filters. */
                    filters: (mesos.v1.Filters|null);

                    /**
                     * Creates a new AcceptInverseOffers instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns AcceptInverseOffers instance
                     */
                    static create(properties: mesos.v1.scheduler.Call.AcceptInverseOffers.$Shape): mesos.v1.scheduler.Call.AcceptInverseOffers & mesos.v1.scheduler.Call.AcceptInverseOffers.$Shape;
                    static create(properties?: mesos.v1.scheduler.Call.AcceptInverseOffers.$Properties): mesos.v1.scheduler.Call.AcceptInverseOffers;

                    /**
                     * Encodes the specified AcceptInverseOffers message. Does not implicitly {@link mesos.v1.scheduler.Call.AcceptInverseOffers.verify|verify} messages.
                     * @param message AcceptInverseOffers message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.scheduler.Call.AcceptInverseOffers.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an AcceptInverseOffers message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.scheduler.Call.AcceptInverseOffers & mesos.v1.scheduler.Call.AcceptInverseOffers.$Shape} AcceptInverseOffers
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.scheduler.Call.AcceptInverseOffers & mesos.v1.scheduler.Call.AcceptInverseOffers.$Shape;

                    /**
                     * Verifies an AcceptInverseOffers message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates an AcceptInverseOffers message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns AcceptInverseOffers
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.scheduler.Call.AcceptInverseOffers;

                    /**
                     * Creates a plain object from an AcceptInverseOffers message. Also converts values to other types if specified.
                     * @param message AcceptInverseOffers
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.scheduler.Call.AcceptInverseOffers, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this AcceptInverseOffers to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace AcceptInverseOffers {

                    /** Properties of an AcceptInverseOffers. */
                    interface $Properties {

                        /** AcceptInverseOffers inverse_offer_ids */
                        inverse_offer_ids?: mesos.v1.OfferID.$Properties[];

                        /** AcceptInverseOffers filters */
                        filters?: (mesos.v1.Filters.$Properties|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of an AcceptInverseOffers. */
                    type $Shape = mesos.v1.scheduler.Call.AcceptInverseOffers.$Properties;
                }

                /**
                 * Properties of a DeclineInverseOffers.
                 * @deprecated Use mesos.v1.scheduler.Call.DeclineInverseOffers.$Properties instead.
                 */
                interface IDeclineInverseOffers extends mesos.v1.scheduler.Call.DeclineInverseOffers.$Properties {
                }

                /** Represents a DeclineInverseOffers. */
                class DeclineInverseOffers {

                    /**
                     * Constructs a new DeclineInverseOffers.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.scheduler.Call.DeclineInverseOffers.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** DeclineInverseOffers inverse_offer_ids. */
                    inverse_offer_ids: mesos.v1.OfferID[];

                    /** DeclineInverseOffers filters. */
                    filters: (mesos.v1.Filters|null);

                    /**
                     * Creates a new DeclineInverseOffers instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns DeclineInverseOffers instance
                     */
                    static create(properties: mesos.v1.scheduler.Call.DeclineInverseOffers.$Shape): mesos.v1.scheduler.Call.DeclineInverseOffers & mesos.v1.scheduler.Call.DeclineInverseOffers.$Shape;
                    static create(properties?: mesos.v1.scheduler.Call.DeclineInverseOffers.$Properties): mesos.v1.scheduler.Call.DeclineInverseOffers;

                    /**
                     * Encodes the specified DeclineInverseOffers message. Does not implicitly {@link mesos.v1.scheduler.Call.DeclineInverseOffers.verify|verify} messages.
                     * @param message DeclineInverseOffers message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.scheduler.Call.DeclineInverseOffers.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a DeclineInverseOffers message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.scheduler.Call.DeclineInverseOffers & mesos.v1.scheduler.Call.DeclineInverseOffers.$Shape} DeclineInverseOffers
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.scheduler.Call.DeclineInverseOffers & mesos.v1.scheduler.Call.DeclineInverseOffers.$Shape;

                    /**
                     * Verifies a DeclineInverseOffers message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a DeclineInverseOffers message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns DeclineInverseOffers
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.scheduler.Call.DeclineInverseOffers;

                    /**
                     * Creates a plain object from a DeclineInverseOffers message. Also converts values to other types if specified.
                     * @param message DeclineInverseOffers
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.scheduler.Call.DeclineInverseOffers, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this DeclineInverseOffers to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace DeclineInverseOffers {

                    /** Properties of a DeclineInverseOffers. */
                    interface $Properties {

                        /** DeclineInverseOffers inverse_offer_ids */
                        inverse_offer_ids?: mesos.v1.OfferID.$Properties[];

                        /** DeclineInverseOffers filters */
                        filters?: (mesos.v1.Filters.$Properties|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a DeclineInverseOffers. */
                    type $Shape = mesos.v1.scheduler.Call.DeclineInverseOffers.$Properties;
                }

                /**
                 * Properties of a Revive.
                 * @deprecated Use mesos.v1.scheduler.Call.Revive.$Properties instead.
                 */
                interface IRevive extends mesos.v1.scheduler.Call.Revive.$Properties {
                }

                /** Represents a Revive. */
                class Revive {

                    /**
                     * Constructs a new Revive.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.scheduler.Call.Revive.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Revive roles. */
                    roles: string[];

                    /**
                     * Creates a new Revive instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Revive instance
                     */
                    static create(properties: mesos.v1.scheduler.Call.Revive.$Shape): mesos.v1.scheduler.Call.Revive & mesos.v1.scheduler.Call.Revive.$Shape;
                    static create(properties?: mesos.v1.scheduler.Call.Revive.$Properties): mesos.v1.scheduler.Call.Revive;

                    /**
                     * Encodes the specified Revive message. Does not implicitly {@link mesos.v1.scheduler.Call.Revive.verify|verify} messages.
                     * @param message Revive message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.scheduler.Call.Revive.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Revive message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.scheduler.Call.Revive & mesos.v1.scheduler.Call.Revive.$Shape} Revive
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.scheduler.Call.Revive & mesos.v1.scheduler.Call.Revive.$Shape;

                    /**
                     * Verifies a Revive message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a Revive message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Revive
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.scheduler.Call.Revive;

                    /**
                     * Creates a plain object from a Revive message. Also converts values to other types if specified.
                     * @param message Revive
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.scheduler.Call.Revive, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Revive to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace Revive {

                    /** Properties of a Revive. */
                    interface $Properties {

                        /** Revive roles */
                        roles?: string[];

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Revive. */
                    type $Shape = mesos.v1.scheduler.Call.Revive.$Properties;
                }

                /**
                 * Properties of a Suppress.
                 * @deprecated Use mesos.v1.scheduler.Call.Suppress.$Properties instead.
                 */
                interface ISuppress extends mesos.v1.scheduler.Call.Suppress.$Properties {
                }

                /** Represents a Suppress. */
                class Suppress {

                    /**
                     * Constructs a new Suppress.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.scheduler.Call.Suppress.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Suppress roles. */
                    roles: string[];

                    /**
                     * Creates a new Suppress instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Suppress instance
                     */
                    static create(properties: mesos.v1.scheduler.Call.Suppress.$Shape): mesos.v1.scheduler.Call.Suppress & mesos.v1.scheduler.Call.Suppress.$Shape;
                    static create(properties?: mesos.v1.scheduler.Call.Suppress.$Properties): mesos.v1.scheduler.Call.Suppress;

                    /**
                     * Encodes the specified Suppress message. Does not implicitly {@link mesos.v1.scheduler.Call.Suppress.verify|verify} messages.
                     * @param message Suppress message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.scheduler.Call.Suppress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Suppress message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.scheduler.Call.Suppress & mesos.v1.scheduler.Call.Suppress.$Shape} Suppress
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.scheduler.Call.Suppress & mesos.v1.scheduler.Call.Suppress.$Shape;

                    /**
                     * Verifies a Suppress message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a Suppress message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Suppress
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.scheduler.Call.Suppress;

                    /**
                     * Creates a plain object from a Suppress message. Also converts values to other types if specified.
                     * @param message Suppress
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.scheduler.Call.Suppress, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Suppress to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace Suppress {

                    /** Properties of a Suppress. */
                    interface $Properties {

                        /** Suppress roles */
                        roles?: string[];

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Suppress. */
                    type $Shape = mesos.v1.scheduler.Call.Suppress.$Properties;
                }

                /**
                 * Properties of a Kill.
                 * @deprecated Use mesos.v1.scheduler.Call.Kill.$Properties instead.
                 */
                interface IKill extends mesos.v1.scheduler.Call.Kill.$Properties {
                }

                /** Represents a Kill. */
                class Kill {

                    /**
                     * Constructs a new Kill.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.scheduler.Call.Kill.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Kill task_id. */
                    task_id: mesos.v1.TaskID;

                    /** Kill agent_id. */
                    agent_id: (mesos.v1.AgentID|null);

                    /** Kill kill_policy. */
                    kill_policy: (mesos.v1.KillPolicy|null);

                    /**
                     * Creates a new Kill instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Kill instance
                     */
                    static create(properties: mesos.v1.scheduler.Call.Kill.$Shape): mesos.v1.scheduler.Call.Kill & mesos.v1.scheduler.Call.Kill.$Shape;
                    static create(properties?: mesos.v1.scheduler.Call.Kill.$Properties): mesos.v1.scheduler.Call.Kill;

                    /**
                     * Encodes the specified Kill message. Does not implicitly {@link mesos.v1.scheduler.Call.Kill.verify|verify} messages.
                     * @param message Kill message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.scheduler.Call.Kill.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Kill message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.scheduler.Call.Kill & mesos.v1.scheduler.Call.Kill.$Shape} Kill
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.scheduler.Call.Kill & mesos.v1.scheduler.Call.Kill.$Shape;

                    /**
                     * Verifies a Kill message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a Kill message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Kill
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.scheduler.Call.Kill;

                    /**
                     * Creates a plain object from a Kill message. Also converts values to other types if specified.
                     * @param message Kill
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.scheduler.Call.Kill, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Kill to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace Kill {

                    /** Properties of a Kill. */
                    interface $Properties {

                        /** Kill task_id */
                        task_id: mesos.v1.TaskID.$Properties;

                        /** Kill agent_id */
                        agent_id?: (mesos.v1.AgentID.$Properties|null);

                        /** Kill kill_policy */
                        kill_policy?: (mesos.v1.KillPolicy.$Properties|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Kill. */
                    type $Shape = mesos.v1.scheduler.Call.Kill.$Properties;
                }

                /**
                 * Properties of a Shutdown.
                 * @deprecated Use mesos.v1.scheduler.Call.Shutdown.$Properties instead.
                 */
                interface IShutdown extends mesos.v1.scheduler.Call.Shutdown.$Properties {
                }

                /** Represents a Shutdown. */
                class Shutdown {

                    /**
                     * Constructs a new Shutdown.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.scheduler.Call.Shutdown.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Shutdown executor_id. */
                    executor_id: mesos.v1.ExecutorID;

                    /** Shutdown agent_id. */
                    agent_id: mesos.v1.AgentID;

                    /**
                     * Creates a new Shutdown instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Shutdown instance
                     */
                    static create(properties: mesos.v1.scheduler.Call.Shutdown.$Shape): mesos.v1.scheduler.Call.Shutdown & mesos.v1.scheduler.Call.Shutdown.$Shape;
                    static create(properties?: mesos.v1.scheduler.Call.Shutdown.$Properties): mesos.v1.scheduler.Call.Shutdown;

                    /**
                     * Encodes the specified Shutdown message. Does not implicitly {@link mesos.v1.scheduler.Call.Shutdown.verify|verify} messages.
                     * @param message Shutdown message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.scheduler.Call.Shutdown.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Shutdown message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.scheduler.Call.Shutdown & mesos.v1.scheduler.Call.Shutdown.$Shape} Shutdown
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.scheduler.Call.Shutdown & mesos.v1.scheduler.Call.Shutdown.$Shape;

                    /**
                     * Verifies a Shutdown message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a Shutdown message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Shutdown
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.scheduler.Call.Shutdown;

                    /**
                     * Creates a plain object from a Shutdown message. Also converts values to other types if specified.
                     * @param message Shutdown
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.scheduler.Call.Shutdown, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Shutdown to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace Shutdown {

                    /** Properties of a Shutdown. */
                    interface $Properties {

                        /** Shutdown executor_id */
                        executor_id: mesos.v1.ExecutorID.$Properties;

                        /** Shutdown agent_id */
                        agent_id: mesos.v1.AgentID.$Properties;

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Shutdown. */
                    type $Shape = mesos.v1.scheduler.Call.Shutdown.$Properties;
                }

                /**
                 * Properties of an Acknowledge.
                 * @deprecated Use mesos.v1.scheduler.Call.Acknowledge.$Properties instead.
                 */
                interface IAcknowledge extends mesos.v1.scheduler.Call.Acknowledge.$Properties {
                }

                /** Represents an Acknowledge. */
                class Acknowledge {

                    /**
                     * Constructs a new Acknowledge.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.scheduler.Call.Acknowledge.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Acknowledge agent_id. */
                    agent_id: mesos.v1.AgentID;

                    /** Acknowledge task_id. */
                    task_id: mesos.v1.TaskID;

                    /** Acknowledge uuid. */
                    uuid: Uint8Array;

                    /**
                     * Creates a new Acknowledge instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Acknowledge instance
                     */
                    static create(properties: mesos.v1.scheduler.Call.Acknowledge.$Shape): mesos.v1.scheduler.Call.Acknowledge & mesos.v1.scheduler.Call.Acknowledge.$Shape;
                    static create(properties?: mesos.v1.scheduler.Call.Acknowledge.$Properties): mesos.v1.scheduler.Call.Acknowledge;

                    /**
                     * Encodes the specified Acknowledge message. Does not implicitly {@link mesos.v1.scheduler.Call.Acknowledge.verify|verify} messages.
                     * @param message Acknowledge message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.scheduler.Call.Acknowledge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an Acknowledge message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.scheduler.Call.Acknowledge & mesos.v1.scheduler.Call.Acknowledge.$Shape} Acknowledge
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.scheduler.Call.Acknowledge & mesos.v1.scheduler.Call.Acknowledge.$Shape;

                    /**
                     * Verifies an Acknowledge message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates an Acknowledge message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Acknowledge
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.scheduler.Call.Acknowledge;

                    /**
                     * Creates a plain object from an Acknowledge message. Also converts values to other types if specified.
                     * @param message Acknowledge
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.scheduler.Call.Acknowledge, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Acknowledge to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace Acknowledge {

                    /** Properties of an Acknowledge. */
                    interface $Properties {

                        /** Acknowledge agent_id */
                        agent_id: mesos.v1.AgentID.$Properties;

                        /** Acknowledge task_id */
                        task_id: mesos.v1.TaskID.$Properties;

                        /** Acknowledge uuid */
                        uuid: Uint8Array;

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of an Acknowledge. */
                    type $Shape = mesos.v1.scheduler.Call.Acknowledge.$Properties;
                }

                /**
                 * Properties of an AcknowledgeOperationStatus.
                 * @deprecated Use mesos.v1.scheduler.Call.AcknowledgeOperationStatus.$Properties instead.
                 */
                interface IAcknowledgeOperationStatus extends mesos.v1.scheduler.Call.AcknowledgeOperationStatus.$Properties {
                }

                /** Represents an AcknowledgeOperationStatus. */
                class AcknowledgeOperationStatus {

                    /**
                     * Constructs a new AcknowledgeOperationStatus.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.scheduler.Call.AcknowledgeOperationStatus.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** AcknowledgeOperationStatus agent_id. */
                    agent_id: (mesos.v1.AgentID|null);

                    /** AcknowledgeOperationStatus resource_provider_id. */
                    resource_provider_id: (mesos.v1.ResourceProviderID|null);

                    /** AcknowledgeOperationStatus uuid. */
                    uuid: Uint8Array;

                    /** AcknowledgeOperationStatus operation_id. */
                    operation_id: mesos.v1.OperationID;

                    /**
                     * Creates a new AcknowledgeOperationStatus instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns AcknowledgeOperationStatus instance
                     */
                    static create(properties: mesos.v1.scheduler.Call.AcknowledgeOperationStatus.$Shape): mesos.v1.scheduler.Call.AcknowledgeOperationStatus & mesos.v1.scheduler.Call.AcknowledgeOperationStatus.$Shape;
                    static create(properties?: mesos.v1.scheduler.Call.AcknowledgeOperationStatus.$Properties): mesos.v1.scheduler.Call.AcknowledgeOperationStatus;

                    /**
                     * Encodes the specified AcknowledgeOperationStatus message. Does not implicitly {@link mesos.v1.scheduler.Call.AcknowledgeOperationStatus.verify|verify} messages.
                     * @param message AcknowledgeOperationStatus message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.scheduler.Call.AcknowledgeOperationStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an AcknowledgeOperationStatus message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.scheduler.Call.AcknowledgeOperationStatus & mesos.v1.scheduler.Call.AcknowledgeOperationStatus.$Shape} AcknowledgeOperationStatus
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.scheduler.Call.AcknowledgeOperationStatus & mesos.v1.scheduler.Call.AcknowledgeOperationStatus.$Shape;

                    /**
                     * Verifies an AcknowledgeOperationStatus message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates an AcknowledgeOperationStatus message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns AcknowledgeOperationStatus
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.scheduler.Call.AcknowledgeOperationStatus;

                    /**
                     * Creates a plain object from an AcknowledgeOperationStatus message. Also converts values to other types if specified.
                     * @param message AcknowledgeOperationStatus
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.scheduler.Call.AcknowledgeOperationStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this AcknowledgeOperationStatus to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace AcknowledgeOperationStatus {

                    /** Properties of an AcknowledgeOperationStatus. */
                    interface $Properties {

                        /** AcknowledgeOperationStatus agent_id */
                        agent_id?: (mesos.v1.AgentID.$Properties|null);

                        /** AcknowledgeOperationStatus resource_provider_id */
                        resource_provider_id?: (mesos.v1.ResourceProviderID.$Properties|null);

                        /** AcknowledgeOperationStatus uuid */
                        uuid: Uint8Array;

                        /** AcknowledgeOperationStatus operation_id */
                        operation_id: mesos.v1.OperationID.$Properties;

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of an AcknowledgeOperationStatus. */
                    type $Shape = mesos.v1.scheduler.Call.AcknowledgeOperationStatus.$Properties;
                }

                /**
                 * Properties of a Reconcile.
                 * @deprecated Use mesos.v1.scheduler.Call.Reconcile.$Properties instead.
                 */
                interface IReconcile extends mesos.v1.scheduler.Call.Reconcile.$Properties {
                }

                /** Represents a Reconcile. */
                class Reconcile {

                    /**
                     * Constructs a new Reconcile.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.scheduler.Call.Reconcile.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Reconcile tasks. */
                    tasks: mesos.v1.scheduler.Call.Reconcile.Task[];

                    /**
                     * Creates a new Reconcile instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Reconcile instance
                     */
                    static create(properties: mesos.v1.scheduler.Call.Reconcile.$Shape): mesos.v1.scheduler.Call.Reconcile & mesos.v1.scheduler.Call.Reconcile.$Shape;
                    static create(properties?: mesos.v1.scheduler.Call.Reconcile.$Properties): mesos.v1.scheduler.Call.Reconcile;

                    /**
                     * Encodes the specified Reconcile message. Does not implicitly {@link mesos.v1.scheduler.Call.Reconcile.verify|verify} messages.
                     * @param message Reconcile message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.scheduler.Call.Reconcile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Reconcile message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.scheduler.Call.Reconcile & mesos.v1.scheduler.Call.Reconcile.$Shape} Reconcile
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.scheduler.Call.Reconcile & mesos.v1.scheduler.Call.Reconcile.$Shape;

                    /**
                     * Verifies a Reconcile message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a Reconcile message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Reconcile
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.scheduler.Call.Reconcile;

                    /**
                     * Creates a plain object from a Reconcile message. Also converts values to other types if specified.
                     * @param message Reconcile
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.scheduler.Call.Reconcile, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Reconcile to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace Reconcile {

                    /** Properties of a Reconcile. */
                    interface $Properties {

                        /** Reconcile tasks */
                        tasks?: mesos.v1.scheduler.Call.Reconcile.Task.$Properties[];

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Reconcile. */
                    type $Shape = mesos.v1.scheduler.Call.Reconcile.$Properties;

                    /**
                     * Properties of a Task.
                     * @deprecated Use mesos.v1.scheduler.Call.Reconcile.Task.$Properties instead.
                     */
                    interface ITask extends mesos.v1.scheduler.Call.Reconcile.Task.$Properties {
                    }

                    /** Represents a Task. */
                    class Task {

                        /**
                         * Constructs a new Task.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: mesos.v1.scheduler.Call.Reconcile.Task.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /** Task task_id. */
                        task_id: mesos.v1.TaskID;

                        /** Task agent_id. */
                        agent_id: (mesos.v1.AgentID|null);

                        /**
                         * Creates a new Task instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns Task instance
                         */
                        static create(properties: mesos.v1.scheduler.Call.Reconcile.Task.$Shape): mesos.v1.scheduler.Call.Reconcile.Task & mesos.v1.scheduler.Call.Reconcile.Task.$Shape;
                        static create(properties?: mesos.v1.scheduler.Call.Reconcile.Task.$Properties): mesos.v1.scheduler.Call.Reconcile.Task;

                        /**
                         * Encodes the specified Task message. Does not implicitly {@link mesos.v1.scheduler.Call.Reconcile.Task.verify|verify} messages.
                         * @param message Task message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        static encode(message: mesos.v1.scheduler.Call.Reconcile.Task.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a Task message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns {mesos.v1.scheduler.Call.Reconcile.Task & mesos.v1.scheduler.Call.Reconcile.Task.$Shape} Task
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.scheduler.Call.Reconcile.Task & mesos.v1.scheduler.Call.Reconcile.Task.$Shape;

                        /**
                         * Verifies a Task message.
                         * @param message Plain object to verify
                         * @returns `null` if valid, otherwise the reason why it is not
                         */
                        static verify(message: { [k: string]: any }): (string|null);

                        /**
                         * Creates a Task message from a plain object. Also converts values to their respective internal types.
                         * @param object Plain object
                         * @returns Task
                         */
                        static fromObject(object: { [k: string]: any }): mesos.v1.scheduler.Call.Reconcile.Task;

                        /**
                         * Creates a plain object from a Task message. Also converts values to other types if specified.
                         * @param message Task
                         * @param [options] Conversion options
                         * @returns Plain object
                         */
                        static toObject(message: mesos.v1.scheduler.Call.Reconcile.Task, options?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this Task to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };
                    }

                    namespace Task {

                        /** Properties of a Task. */
                        interface $Properties {

                            /** Task task_id */
                            task_id: mesos.v1.TaskID.$Properties;

                            /** Task agent_id */
                            agent_id?: (mesos.v1.AgentID.$Properties|null);

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of a Task. */
                        type $Shape = mesos.v1.scheduler.Call.Reconcile.Task.$Properties;
                    }
                }

                /**
                 * Properties of a ReconcileOperations.
                 * @deprecated Use mesos.v1.scheduler.Call.ReconcileOperations.$Properties instead.
                 */
                interface IReconcileOperations extends mesos.v1.scheduler.Call.ReconcileOperations.$Properties {
                }

                /** Represents a ReconcileOperations. */
                class ReconcileOperations {

                    /**
                     * Constructs a new ReconcileOperations.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.scheduler.Call.ReconcileOperations.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** ReconcileOperations operations. */
                    operations: mesos.v1.scheduler.Call.ReconcileOperations.Operation[];

                    /**
                     * Creates a new ReconcileOperations instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ReconcileOperations instance
                     */
                    static create(properties: mesos.v1.scheduler.Call.ReconcileOperations.$Shape): mesos.v1.scheduler.Call.ReconcileOperations & mesos.v1.scheduler.Call.ReconcileOperations.$Shape;
                    static create(properties?: mesos.v1.scheduler.Call.ReconcileOperations.$Properties): mesos.v1.scheduler.Call.ReconcileOperations;

                    /**
                     * Encodes the specified ReconcileOperations message. Does not implicitly {@link mesos.v1.scheduler.Call.ReconcileOperations.verify|verify} messages.
                     * @param message ReconcileOperations message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.scheduler.Call.ReconcileOperations.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ReconcileOperations message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.scheduler.Call.ReconcileOperations & mesos.v1.scheduler.Call.ReconcileOperations.$Shape} ReconcileOperations
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.scheduler.Call.ReconcileOperations & mesos.v1.scheduler.Call.ReconcileOperations.$Shape;

                    /**
                     * Verifies a ReconcileOperations message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a ReconcileOperations message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns ReconcileOperations
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.scheduler.Call.ReconcileOperations;

                    /**
                     * Creates a plain object from a ReconcileOperations message. Also converts values to other types if specified.
                     * @param message ReconcileOperations
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.scheduler.Call.ReconcileOperations, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this ReconcileOperations to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace ReconcileOperations {

                    /** Properties of a ReconcileOperations. */
                    interface $Properties {

                        /** ReconcileOperations operations */
                        operations?: mesos.v1.scheduler.Call.ReconcileOperations.Operation.$Properties[];

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a ReconcileOperations. */
                    type $Shape = mesos.v1.scheduler.Call.ReconcileOperations.$Properties;

                    /**
                     * Properties of an Operation.
                     * @deprecated Use mesos.v1.scheduler.Call.ReconcileOperations.Operation.$Properties instead.
                     */
                    interface IOperation extends mesos.v1.scheduler.Call.ReconcileOperations.Operation.$Properties {
                    }

                    /** Represents an Operation. */
                    class Operation {

                        /**
                         * Constructs a new Operation.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: mesos.v1.scheduler.Call.ReconcileOperations.Operation.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /** Operation operation_id. */
                        operation_id: mesos.v1.OperationID;

                        /** Operation agent_id. */
                        agent_id: (mesos.v1.AgentID|null);

                        /** Operation resource_provider_id. */
                        resource_provider_id: (mesos.v1.ResourceProviderID|null);

                        /**
                         * Creates a new Operation instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns Operation instance
                         */
                        static create(properties: mesos.v1.scheduler.Call.ReconcileOperations.Operation.$Shape): mesos.v1.scheduler.Call.ReconcileOperations.Operation & mesos.v1.scheduler.Call.ReconcileOperations.Operation.$Shape;
                        static create(properties?: mesos.v1.scheduler.Call.ReconcileOperations.Operation.$Properties): mesos.v1.scheduler.Call.ReconcileOperations.Operation;

                        /**
                         * Encodes the specified Operation message. Does not implicitly {@link mesos.v1.scheduler.Call.ReconcileOperations.Operation.verify|verify} messages.
                         * @param message Operation message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        static encode(message: mesos.v1.scheduler.Call.ReconcileOperations.Operation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes an Operation message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns {mesos.v1.scheduler.Call.ReconcileOperations.Operation & mesos.v1.scheduler.Call.ReconcileOperations.Operation.$Shape} Operation
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.scheduler.Call.ReconcileOperations.Operation & mesos.v1.scheduler.Call.ReconcileOperations.Operation.$Shape;

                        /**
                         * Verifies an Operation message.
                         * @param message Plain object to verify
                         * @returns `null` if valid, otherwise the reason why it is not
                         */
                        static verify(message: { [k: string]: any }): (string|null);

                        /**
                         * Creates an Operation message from a plain object. Also converts values to their respective internal types.
                         * @param object Plain object
                         * @returns Operation
                         */
                        static fromObject(object: { [k: string]: any }): mesos.v1.scheduler.Call.ReconcileOperations.Operation;

                        /**
                         * Creates a plain object from an Operation message. Also converts values to other types if specified.
                         * @param message Operation
                         * @param [options] Conversion options
                         * @returns Plain object
                         */
                        static toObject(message: mesos.v1.scheduler.Call.ReconcileOperations.Operation, options?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this Operation to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };
                    }

                    namespace Operation {

                        /** Properties of an Operation. */
                        interface $Properties {

                            /** Operation operation_id */
                            operation_id: mesos.v1.OperationID.$Properties;

                            /** Operation agent_id */
                            agent_id?: (mesos.v1.AgentID.$Properties|null);

                            /** Operation resource_provider_id */
                            resource_provider_id?: (mesos.v1.ResourceProviderID.$Properties|null);

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of an Operation. */
                        type $Shape = mesos.v1.scheduler.Call.ReconcileOperations.Operation.$Properties;
                    }
                }

                /**
                 * Properties of a Message.
                 * @deprecated Use mesos.v1.scheduler.Call.Message.$Properties instead.
                 */
                interface IMessage extends mesos.v1.scheduler.Call.Message.$Properties {
                }

                /** Represents a Message. */
                class Message {

                    /**
                     * Constructs a new Message.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.scheduler.Call.Message.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Message agent_id. */
                    agent_id: mesos.v1.AgentID;

                    /** Message executor_id. */
                    executor_id: mesos.v1.ExecutorID;

                    /** Message data. */
                    data: Uint8Array;

                    /**
                     * Creates a new Message instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Message instance
                     */
                    static create(properties: mesos.v1.scheduler.Call.Message.$Shape): mesos.v1.scheduler.Call.Message & mesos.v1.scheduler.Call.Message.$Shape;
                    static create(properties?: mesos.v1.scheduler.Call.Message.$Properties): mesos.v1.scheduler.Call.Message;

                    /**
                     * Encodes the specified Message message. Does not implicitly {@link mesos.v1.scheduler.Call.Message.verify|verify} messages.
                     * @param message Message message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.scheduler.Call.Message.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Message message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.scheduler.Call.Message & mesos.v1.scheduler.Call.Message.$Shape} Message
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.scheduler.Call.Message & mesos.v1.scheduler.Call.Message.$Shape;

                    /**
                     * Verifies a Message message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a Message message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Message
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.scheduler.Call.Message;

                    /**
                     * Creates a plain object from a Message message. Also converts values to other types if specified.
                     * @param message Message
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.scheduler.Call.Message, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Message to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace Message {

                    /** Properties of a Message. */
                    interface $Properties {

                        /** Message agent_id */
                        agent_id: mesos.v1.AgentID.$Properties;

                        /** Message executor_id */
                        executor_id: mesos.v1.ExecutorID.$Properties;

                        /** Message data */
                        data: Uint8Array;

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Message. */
                    type $Shape = mesos.v1.scheduler.Call.Message.$Properties;
                }

                /**
                 * Properties of a Request.
                 * @deprecated Use mesos.v1.scheduler.Call.Request.$Properties instead.
                 */
                interface IRequest extends mesos.v1.scheduler.Call.Request.$Properties {
                }

                /** Represents a Request. */
                class Request {

                    /**
                     * Constructs a new Request.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.scheduler.Call.Request.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Request requests. */
                    requests: mesos.v1.Request[];

                    /**
                     * Creates a new Request instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Request instance
                     */
                    static create(properties: mesos.v1.scheduler.Call.Request.$Shape): mesos.v1.scheduler.Call.Request & mesos.v1.scheduler.Call.Request.$Shape;
                    static create(properties?: mesos.v1.scheduler.Call.Request.$Properties): mesos.v1.scheduler.Call.Request;

                    /**
                     * Encodes the specified Request message. Does not implicitly {@link mesos.v1.scheduler.Call.Request.verify|verify} messages.
                     * @param message Request message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.scheduler.Call.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Request message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.scheduler.Call.Request & mesos.v1.scheduler.Call.Request.$Shape} Request
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.scheduler.Call.Request & mesos.v1.scheduler.Call.Request.$Shape;

                    /**
                     * Verifies a Request message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a Request message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Request
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.scheduler.Call.Request;

                    /**
                     * Creates a plain object from a Request message. Also converts values to other types if specified.
                     * @param message Request
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.scheduler.Call.Request, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Request to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace Request {

                    /** Properties of a Request. */
                    interface $Properties {

                        /** Request requests */
                        requests?: mesos.v1.Request.$Properties[];

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Request. */
                    type $Shape = mesos.v1.scheduler.Call.Request.$Properties;
                }

                /**
                 * Properties of an UpdateFramework.
                 * @deprecated Use mesos.v1.scheduler.Call.UpdateFramework.$Properties instead.
                 */
                interface IUpdateFramework extends mesos.v1.scheduler.Call.UpdateFramework.$Properties {
                }

                /** Represents an UpdateFramework. */
                class UpdateFramework {

                    /**
                     * Constructs a new UpdateFramework.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: mesos.v1.scheduler.Call.UpdateFramework.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** UpdateFramework framework_info. */
                    framework_info: mesos.v1.FrameworkInfo;

                    /** UpdateFramework suppressed_roles. */
                    suppressed_roles: string[];

                    /**
                     * Creates a new UpdateFramework instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns UpdateFramework instance
                     */
                    static create(properties: mesos.v1.scheduler.Call.UpdateFramework.$Shape): mesos.v1.scheduler.Call.UpdateFramework & mesos.v1.scheduler.Call.UpdateFramework.$Shape;
                    static create(properties?: mesos.v1.scheduler.Call.UpdateFramework.$Properties): mesos.v1.scheduler.Call.UpdateFramework;

                    /**
                     * Encodes the specified UpdateFramework message. Does not implicitly {@link mesos.v1.scheduler.Call.UpdateFramework.verify|verify} messages.
                     * @param message UpdateFramework message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: mesos.v1.scheduler.Call.UpdateFramework.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an UpdateFramework message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {mesos.v1.scheduler.Call.UpdateFramework & mesos.v1.scheduler.Call.UpdateFramework.$Shape} UpdateFramework
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mesos.v1.scheduler.Call.UpdateFramework & mesos.v1.scheduler.Call.UpdateFramework.$Shape;

                    /**
                     * Verifies an UpdateFramework message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates an UpdateFramework message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns UpdateFramework
                     */
                    static fromObject(object: { [k: string]: any }): mesos.v1.scheduler.Call.UpdateFramework;

                    /**
                     * Creates a plain object from an UpdateFramework message. Also converts values to other types if specified.
                     * @param message UpdateFramework
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: mesos.v1.scheduler.Call.UpdateFramework, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this UpdateFramework to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace UpdateFramework {

                    /** Properties of an UpdateFramework. */
                    interface $Properties {

                        /** UpdateFramework framework_info */
                        framework_info: mesos.v1.FrameworkInfo.$Properties;

                        /** UpdateFramework suppressed_roles */
                        suppressed_roles?: string[];

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of an UpdateFramework. */
                    type $Shape = mesos.v1.scheduler.Call.UpdateFramework.$Properties;
                }
            }
        }
    }
}
