/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

const $root = $protobuf.roots["executor"] || ($protobuf.roots["executor"] = {});

export const mesos = $root.mesos = (() => {

    const mesos = {};

    mesos.v1 = (function() {

        const v1 = {};

        v1.FrameworkID = (function() {

            const FrameworkID = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            FrameworkID.prototype.value = "";

            FrameworkID.create = function(properties) {
                return new FrameworkID(properties);
            };

            FrameworkID.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(10).string(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            FrameworkID.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.v1.FrameworkID();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.value = reader.string();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(message, "value"))
                    throw $util.ProtocolError("missing required 'value'", { instance: message });
                return message;
            };

            return FrameworkID;
        })();

        v1.OfferID = (function() {

            const OfferID = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            OfferID.prototype.value = "";

            OfferID.create = function(properties) {
                return new OfferID(properties);
            };

            OfferID.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(10).string(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            OfferID.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.v1.OfferID();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.value = reader.string();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(message, "value"))
                    throw $util.ProtocolError("missing required 'value'", { instance: message });
                return message;
            };

            return OfferID;
        })();

        v1.AgentID = (function() {

            const AgentID = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AgentID.prototype.value = "";

            AgentID.create = function(properties) {
                return new AgentID(properties);
            };

            AgentID.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(10).string(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AgentID.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.v1.AgentID();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.value = reader.string();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(message, "value"))
                    throw $util.ProtocolError("missing required 'value'", { instance: message });
                return message;
            };

            return AgentID;
        })();

        v1.TaskID = (function() {

            const TaskID = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            TaskID.prototype.value = "";

            TaskID.create = function(properties) {
                return new TaskID(properties);
            };

            TaskID.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(10).string(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            TaskID.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.v1.TaskID();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.value = reader.string();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(message, "value"))
                    throw $util.ProtocolError("missing required 'value'", { instance: message });
                return message;
            };

            return TaskID;
        })();

        v1.ExecutorID = (function() {

            const ExecutorID = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ExecutorID.prototype.value = "";

            ExecutorID.create = function(properties) {
                return new ExecutorID(properties);
            };

            ExecutorID.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(10).string(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ExecutorID.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.v1.ExecutorID();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.value = reader.string();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(message, "value"))
                    throw $util.ProtocolError("missing required 'value'", { instance: message });
                return message;
            };

            return ExecutorID;
        })();

        v1.OperationID = (function() {

            const OperationID = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            OperationID.prototype.value = "";

            OperationID.create = function(properties) {
                return new OperationID(properties);
            };

            OperationID.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(10).string(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            OperationID.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.v1.OperationID();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.value = reader.string();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(message, "value"))
                    throw $util.ProtocolError("missing required 'value'", { instance: message });
                return message;
            };

            return OperationID;
        })();

        v1.ResourceProviderID = (function() {

            const ResourceProviderID = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ResourceProviderID.prototype.value = "";

            ResourceProviderID.create = function(properties) {
                return new ResourceProviderID(properties);
            };

            ResourceProviderID.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(10).string(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ResourceProviderID.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.v1.ResourceProviderID();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.value = reader.string();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(message, "value"))
                    throw $util.ProtocolError("missing required 'value'", { instance: message });
                return message;
            };

            return ResourceProviderID;
        })();

        v1.ContainerID = (function() {

            const ContainerID = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContainerID.prototype.value = "";
            ContainerID.prototype.parent = null;

            ContainerID.create = function(properties) {
                return new ContainerID(properties);
            };

            ContainerID.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(10).string(message.value);
                if (message.parent != null && $Object.hasOwnProperty.call(message, "parent"))
                    $root.mesos.v1.ContainerID.encode(message.parent, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContainerID.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.v1.ContainerID();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.value = reader.string();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.parent = $root.mesos.v1.ContainerID.decode(reader, reader.size(), $undefined, _depth + 1, message.parent);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(message, "value"))
                    throw $util.ProtocolError("missing required 'value'", { instance: message });
                return message;
            };

            return ContainerID;
        })();

        v1.TimeInfo = (function() {

            const TimeInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            TimeInfo.prototype.nanoseconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            TimeInfo.create = function(properties) {
                return new TimeInfo(properties);
            };

            TimeInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(8).int64(message.nanoseconds);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            TimeInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.v1.TimeInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            message.nanoseconds = reader.int64();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(message, "nanoseconds"))
                    throw $util.ProtocolError("missing required 'nanoseconds'", { instance: message });
                return message;
            };

            return TimeInfo;
        })();

        v1.DurationInfo = (function() {

            const DurationInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DurationInfo.prototype.nanoseconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            DurationInfo.create = function(properties) {
                return new DurationInfo(properties);
            };

            DurationInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(8).int64(message.nanoseconds);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DurationInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.v1.DurationInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            message.nanoseconds = reader.int64();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(message, "nanoseconds"))
                    throw $util.ProtocolError("missing required 'nanoseconds'", { instance: message });
                return message;
            };

            return DurationInfo;
        })();

        v1.UUID = (function() {

            const UUID = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            UUID.prototype.value = $util.newBuffer([]);

            UUID.create = function(properties) {
                return new UUID(properties);
            };

            UUID.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(10).bytes(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            UUID.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.v1.UUID();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.value = reader.bytes();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(message, "value"))
                    throw $util.ProtocolError("missing required 'value'", { instance: message });
                return message;
            };

            return UUID;
        })();

        v1.Address = (function() {

            const Address = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Address.prototype.hostname = null;
            Address.prototype.ip = null;
            Address.prototype.port = 0;

            Address.create = function(properties) {
                return new Address(properties);
            };

            Address.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    writer.uint32(10).string(message.hostname);
                if (message.ip != null && $Object.hasOwnProperty.call(message, "ip"))
                    writer.uint32(18).string(message.ip);
                writer.uint32(24).int32(message.port);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Address.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.v1.Address();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.hostname = reader.string();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.ip = reader.string();
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.port = reader.int32();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(message, "port"))
                    throw $util.ProtocolError("missing required 'port'", { instance: message });
                return message;
            };

            return Address;
        })();

        v1.Parameter = (function() {

            const Parameter = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Parameter.prototype.key = "";
            Parameter.prototype.value = "";

            Parameter.create = function(properties) {
                return new Parameter(properties);
            };

            Parameter.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(10).string(message.key);
                writer.uint32(18).string(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Parameter.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.v1.Parameter();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.key = reader.string();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.value = reader.string();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(message, "key"))
                    throw $util.ProtocolError("missing required 'key'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "value"))
                    throw $util.ProtocolError("missing required 'value'", { instance: message });
                return message;
            };

            return Parameter;
        })();

        v1.Parameters = (function() {

            const Parameters = function (properties) {
                this.parameter = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Parameters.prototype.parameter = $util.emptyArray;

            Parameters.create = function(properties) {
                return new Parameters(properties);
            };

            Parameters.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.parameter != null && message.parameter.length)
                    for (let i = 0; i < message.parameter.length; ++i)
                        $root.mesos.v1.Parameter.encode(message.parameter[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Parameters.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.v1.Parameters();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.parameter && message.parameter.length))
                                message.parameter = [];
                            message.parameter.push($root.mesos.v1.Parameter.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Parameters;
        })();

        v1.URL = (function() {

            const URL = function (properties) {
                this.query = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            URL.prototype.scheme = "";
            URL.prototype.address = null;
            URL.prototype.path = null;
            URL.prototype.query = $util.emptyArray;
            URL.prototype.fragment = null;

            URL.create = function(properties) {
                return new URL(properties);
            };

            URL.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(10).string(message.scheme);
                $root.mesos.v1.Address.encode(message.address, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    writer.uint32(26).string(message.path);
                if (message.query != null && message.query.length)
                    for (let i = 0; i < message.query.length; ++i)
                        $root.mesos.v1.Parameter.encode(message.query[i], writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.fragment != null && $Object.hasOwnProperty.call(message, "fragment"))
                    writer.uint32(42).string(message.fragment);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            URL.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.v1.URL();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.scheme = reader.string();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.address = $root.mesos.v1.Address.decode(reader, reader.size(), $undefined, _depth + 1, message.address);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.path = reader.string();
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.query && message.query.length))
                                message.query = [];
                            message.query.push($root.mesos.v1.Parameter.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.fragment = reader.string();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(message, "scheme"))
                    throw $util.ProtocolError("missing required 'scheme'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "address"))
                    throw $util.ProtocolError("missing required 'address'", { instance: message });
                return message;
            };

            return URL;
        })();

        v1.Label = (function() {

            const Label = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Label.prototype.key = "";
            Label.prototype.value = null;

            Label.create = function(properties) {
                return new Label(properties);
            };

            Label.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(10).string(message.key);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    writer.uint32(18).string(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Label.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.v1.Label();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.key = reader.string();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.value = reader.string();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(message, "key"))
                    throw $util.ProtocolError("missing required 'key'", { instance: message });
                return message;
            };

            return Label;
        })();

        v1.Labels = (function() {

            const Labels = function (properties) {
                this.labels = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Labels.prototype.labels = $util.emptyArray;

            Labels.create = function(properties) {
                return new Labels(properties);
            };

            Labels.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.labels != null && message.labels.length)
                    for (let i = 0; i < message.labels.length; ++i)
                        $root.mesos.v1.Label.encode(message.labels[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Labels.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.v1.Labels();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.labels && message.labels.length))
                                message.labels = [];
                            message.labels.push($root.mesos.v1.Label.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Labels;
        })();

        v1.Unavailability = (function() {

            const Unavailability = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Unavailability.prototype.start = null;
            Unavailability.prototype.duration = null;

            Unavailability.create = function(properties) {
                return new Unavailability(properties);
            };

            Unavailability.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                $root.mesos.v1.TimeInfo.encode(message.start, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.duration != null && $Object.hasOwnProperty.call(message, "duration"))
                    $root.mesos.v1.DurationInfo.encode(message.duration, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Unavailability.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.v1.Unavailability();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.start = $root.mesos.v1.TimeInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.start);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.duration = $root.mesos.v1.DurationInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.duration);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(message, "start"))
                    throw $util.ProtocolError("missing required 'start'", { instance: message });
                return message;
            };

            return Unavailability;
        })();

        v1.Filters = (function() {

            const Filters = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Filters.prototype.refuse_seconds = null;

            Filters.create = function(properties) {
                return new Filters(properties);
            };

            Filters.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.refuse_seconds != null && $Object.hasOwnProperty.call(message, "refuse_seconds"))
                    writer.uint32(9).double(message.refuse_seconds);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Filters.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.v1.Filters();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            message.refuse_seconds = reader.double();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Filters;
        })();

        v1.KillPolicy = (function() {

            const KillPolicy = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            KillPolicy.prototype.grace_period = null;

            KillPolicy.create = function(properties) {
                return new KillPolicy(properties);
            };

            KillPolicy.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.grace_period != null && $Object.hasOwnProperty.call(message, "grace_period"))
                    $root.mesos.v1.DurationInfo.encode(message.grace_period, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            KillPolicy.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.v1.KillPolicy();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.grace_period = $root.mesos.v1.DurationInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.grace_period);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return KillPolicy;
        })();

        v1.Request = (function() {

            const Request = function (properties) {
                this.resources = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Request.prototype.agent_id = null;
            Request.prototype.resources = $util.emptyArray;

            Request.create = function(properties) {
                return new Request(properties);
            };

            Request.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.agent_id != null && $Object.hasOwnProperty.call(message, "agent_id"))
                    $root.mesos.v1.AgentID.encode(message.agent_id, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.resources != null && message.resources.length)
                    for (let i = 0; i < message.resources.length; ++i)
                        $root.mesos.v1.Resource.encode(message.resources[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Request.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.v1.Request();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.agent_id = $root.mesos.v1.AgentID.decode(reader, reader.size(), $undefined, _depth + 1, message.agent_id);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.resources && message.resources.length))
                                message.resources = [];
                            message.resources.push($root.mesos.v1.Resource.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Request;
        })();

        v1.FrameworkInfo = (function() {

            const FrameworkInfo = function (properties) {
                this.capabilities = [];
                this.roles = [];
                this.offer_filters = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            FrameworkInfo.prototype.user = "";
            FrameworkInfo.prototype.name = "";
            FrameworkInfo.prototype.id = null;
            FrameworkInfo.prototype.failover_timeout = null;
            FrameworkInfo.prototype.checkpoint = null;
            FrameworkInfo.prototype.role = null;
            FrameworkInfo.prototype.hostname = null;
            FrameworkInfo.prototype.principal = null;
            FrameworkInfo.prototype.webui_url = null;
            FrameworkInfo.prototype.capabilities = $util.emptyArray;
            FrameworkInfo.prototype.labels = null;
            FrameworkInfo.prototype.roles = $util.emptyArray;
            FrameworkInfo.prototype.offer_filters = $util.emptyObject;

            FrameworkInfo.create = function(properties) {
                return new FrameworkInfo(properties);
            };

            FrameworkInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(10).string(message.user);
                writer.uint32(18).string(message.name);
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    $root.mesos.v1.FrameworkID.encode(message.id, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.failover_timeout != null && $Object.hasOwnProperty.call(message, "failover_timeout"))
                    writer.uint32(33).double(message.failover_timeout);
                if (message.checkpoint != null && $Object.hasOwnProperty.call(message, "checkpoint"))
                    writer.uint32(40).bool(message.checkpoint);
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    writer.uint32(50).string(message.role);
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    writer.uint32(58).string(message.hostname);
                if (message.principal != null && $Object.hasOwnProperty.call(message, "principal"))
                    writer.uint32(66).string(message.principal);
                if (message.webui_url != null && $Object.hasOwnProperty.call(message, "webui_url"))
                    writer.uint32(74).string(message.webui_url);
                if (message.capabilities != null && message.capabilities.length)
                    for (let i = 0; i < message.capabilities.length; ++i)
                        $root.mesos.v1.FrameworkInfo.Capability.encode(message.capabilities[i], writer.uint32(82).fork(), _depth + 1).ldelim();
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                    $root.mesos.v1.Labels.encode(message.labels, writer.uint32(90).fork(), _depth + 1).ldelim();
                if (message.roles != null && message.roles.length)
                    for (let i = 0; i < message.roles.length; ++i)
                        writer.uint32(98).string(message.roles[i]);
                if (message.offer_filters != null && $Object.hasOwnProperty.call(message, "offer_filters"))
                    for (let keys = $Object.keys(message.offer_filters), i = 0; i < keys.length; ++i) {
                        writer.uint32(106).fork().uint32(10).string(keys[i]);
                        $root.mesos.v1.OfferFilters.encode(message.offer_filters[keys[i]], writer.uint32(18).fork(), _depth + 1).ldelim().ldelim();
                    }
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            FrameworkInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.v1.FrameworkInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.user = reader.string();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.name = reader.string();
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.id = $root.mesos.v1.FrameworkID.decode(reader, reader.size(), $undefined, _depth + 1, message.id);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            message.failover_timeout = reader.double();
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            message.checkpoint = reader.bool();
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.role = reader.string();
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.hostname = reader.string();
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.principal = reader.string();
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.webui_url = reader.string();
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (!(message.capabilities && message.capabilities.length))
                                message.capabilities = [];
                            message.capabilities.push($root.mesos.v1.FrameworkInfo.Capability.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.labels = $root.mesos.v1.Labels.decode(reader, reader.size(), $undefined, _depth + 1, message.labels);
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if (!(message.roles && message.roles.length))
                                message.roles = [];
                            message.roles.push(reader.string());
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if (message.offer_filters === $util.emptyObject)
                                message.offer_filters = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.string();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = $root.mesos.v1.OfferFilters.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.offer_filters, key);
                            message.offer_filters[key] = value || new $root.mesos.v1.OfferFilters();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(message, "user"))
                    throw $util.ProtocolError("missing required 'user'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "name"))
                    throw $util.ProtocolError("missing required 'name'", { instance: message });
                return message;
            };

            FrameworkInfo.Capability = (function() {

                const Capability = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Capability.prototype.type = null;

                Capability.create = function(properties) {
                    return new Capability(properties);
                };

                Capability.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        writer.uint32(8).int32(message.type);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Capability.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mesos.v1.FrameworkInfo.Capability();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                value = reader.int32();
                                if ($root.mesos.v1.FrameworkInfo.Capability.Type[value] !== $undefined)
                                    message.type = value;
                                else if (!reader.discardUnknown) {
                                    $util.makeProp(message, "$unknowns", false);
                                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                                }
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Capability.Type = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "UNKNOWN"] = 0;
                    values[valuesById[1] = "REVOCABLE_RESOURCES"] = 1;
                    values[valuesById[2] = "TASK_KILLING_STATE"] = 2;
                    values[valuesById[3] = "GPU_RESOURCES"] = 3;
                    values[valuesById[4] = "SHARED_RESOURCES"] = 4;
                    values[valuesById[5] = "PARTITION_AWARE"] = 5;
                    values[valuesById[6] = "MULTI_ROLE"] = 6;
                    values[valuesById[7] = "RESERVATION_REFINEMENT"] = 7;
                    values[valuesById[8] = "REGION_AWARE"] = 8;
                    return values;
                })();

                return Capability;
            })();

            return FrameworkInfo;
        })();

        v1.DomainInfo = (function() {

            const DomainInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DomainInfo.prototype.fault_domain = null;

            DomainInfo.create = function(properties) {
                return new DomainInfo(properties);
            };

            DomainInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fault_domain != null && $Object.hasOwnProperty.call(message, "fault_domain"))
                    $root.mesos.v1.DomainInfo.FaultDomain.encode(message.fault_domain, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DomainInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.v1.DomainInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.fault_domain = $root.mesos.v1.DomainInfo.FaultDomain.decode(reader, reader.size(), $undefined, _depth + 1, message.fault_domain);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            DomainInfo.FaultDomain = (function() {

                const FaultDomain = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                FaultDomain.prototype.region = null;
                FaultDomain.prototype.zone = null;

                FaultDomain.create = function(properties) {
                    return new FaultDomain(properties);
                };

                FaultDomain.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    $root.mesos.v1.DomainInfo.FaultDomain.RegionInfo.encode(message.region, writer.uint32(10).fork(), _depth + 1).ldelim();
                    $root.mesos.v1.DomainInfo.FaultDomain.ZoneInfo.encode(message.zone, writer.uint32(18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                FaultDomain.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mesos.v1.DomainInfo.FaultDomain();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.region = $root.mesos.v1.DomainInfo.FaultDomain.RegionInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.region);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.zone = $root.mesos.v1.DomainInfo.FaultDomain.ZoneInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.zone);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    if (!$Object.hasOwnProperty.call(message, "region"))
                        throw $util.ProtocolError("missing required 'region'", { instance: message });
                    if (!$Object.hasOwnProperty.call(message, "zone"))
                        throw $util.ProtocolError("missing required 'zone'", { instance: message });
                    return message;
                };

                FaultDomain.RegionInfo = (function() {

                    const RegionInfo = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    RegionInfo.prototype.name = "";

                    RegionInfo.create = function(properties) {
                        return new RegionInfo(properties);
                    };

                    RegionInfo.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        writer.uint32(10).string(message.name);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    RegionInfo.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.mesos.v1.DomainInfo.FaultDomain.RegionInfo();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    message.name = reader.string();
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        if (!$Object.hasOwnProperty.call(message, "name"))
                            throw $util.ProtocolError("missing required 'name'", { instance: message });
                        return message;
                    };

                    return RegionInfo;
                })();

                FaultDomain.ZoneInfo = (function() {

                    const ZoneInfo = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    ZoneInfo.prototype.name = "";

                    ZoneInfo.create = function(properties) {
                        return new ZoneInfo(properties);
                    };

                    ZoneInfo.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        writer.uint32(10).string(message.name);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    ZoneInfo.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.mesos.v1.DomainInfo.FaultDomain.ZoneInfo();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    message.name = reader.string();
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        if (!$Object.hasOwnProperty.call(message, "name"))
                            throw $util.ProtocolError("missing required 'name'", { instance: message });
                        return message;
                    };

                    return ZoneInfo;
                })();

                return FaultDomain;
            })();

            return DomainInfo;
        })();

        v1.MasterInfo = (function() {

            const MasterInfo = function (properties) {
                this.capabilities = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            MasterInfo.prototype.id = "";
            MasterInfo.prototype.ip = 0;
            MasterInfo.prototype.port = 5050;
            MasterInfo.prototype.pid = null;
            MasterInfo.prototype.hostname = null;
            MasterInfo.prototype.version = null;
            MasterInfo.prototype.address = null;
            MasterInfo.prototype.domain = null;
            MasterInfo.prototype.capabilities = $util.emptyArray;

            MasterInfo.create = function(properties) {
                return new MasterInfo(properties);
            };

            MasterInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(10).string(message.id);
                writer.uint32(16).uint32(message.ip);
                writer.uint32(24).uint32(message.port);
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                    writer.uint32(34).string(message.pid);
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    writer.uint32(42).string(message.hostname);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    writer.uint32(50).string(message.version);
                if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                    $root.mesos.v1.Address.encode(message.address, writer.uint32(58).fork(), _depth + 1).ldelim();
                if (message.domain != null && $Object.hasOwnProperty.call(message, "domain"))
                    $root.mesos.v1.DomainInfo.encode(message.domain, writer.uint32(66).fork(), _depth + 1).ldelim();
                if (message.capabilities != null && message.capabilities.length)
                    for (let i = 0; i < message.capabilities.length; ++i)
                        $root.mesos.v1.MasterInfo.Capability.encode(message.capabilities[i], writer.uint32(74).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            MasterInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.v1.MasterInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.id = reader.string();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.ip = reader.uint32();
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.port = reader.uint32();
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.pid = reader.string();
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.hostname = reader.string();
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.version = reader.string();
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.address = $root.mesos.v1.Address.decode(reader, reader.size(), $undefined, _depth + 1, message.address);
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.domain = $root.mesos.v1.DomainInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.domain);
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.capabilities && message.capabilities.length))
                                message.capabilities = [];
                            message.capabilities.push($root.mesos.v1.MasterInfo.Capability.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(message, "id"))
                    throw $util.ProtocolError("missing required 'id'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "ip"))
                    throw $util.ProtocolError("missing required 'ip'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "port"))
                    throw $util.ProtocolError("missing required 'port'", { instance: message });
                return message;
            };

            MasterInfo.Capability = (function() {

                const Capability = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Capability.prototype.type = null;

                Capability.create = function(properties) {
                    return new Capability(properties);
                };

                Capability.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        writer.uint32(8).int32(message.type);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Capability.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mesos.v1.MasterInfo.Capability();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                value = reader.int32();
                                if ($root.mesos.v1.MasterInfo.Capability.Type[value] !== $undefined)
                                    message.type = value;
                                else if (!reader.discardUnknown) {
                                    $util.makeProp(message, "$unknowns", false);
                                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                                }
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Capability.Type = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "UNKNOWN"] = 0;
                    values[valuesById[1] = "AGENT_UPDATE"] = 1;
                    values[valuesById[2] = "AGENT_DRAINING"] = 2;
                    values[valuesById[3] = "QUOTA_V2"] = 3;
                    return values;
                })();

                return Capability;
            })();

            return MasterInfo;
        })();

        v1.AgentInfo = (function() {

            const AgentInfo = function (properties) {
                this.resources = [];
                this.attributes = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AgentInfo.prototype.hostname = "";
            AgentInfo.prototype.resources = $util.emptyArray;
            AgentInfo.prototype.attributes = $util.emptyArray;
            AgentInfo.prototype.id = null;
            AgentInfo.prototype.port = null;
            AgentInfo.prototype.domain = null;

            AgentInfo.create = function(properties) {
                return new AgentInfo(properties);
            };

            AgentInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(10).string(message.hostname);
                if (message.resources != null && message.resources.length)
                    for (let i = 0; i < message.resources.length; ++i)
                        $root.mesos.v1.Resource.encode(message.resources[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.attributes != null && message.attributes.length)
                    for (let i = 0; i < message.attributes.length; ++i)
                        $root.mesos.v1.Attribute.encode(message.attributes[i], writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    $root.mesos.v1.AgentID.encode(message.id, writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.port != null && $Object.hasOwnProperty.call(message, "port"))
                    writer.uint32(64).int32(message.port);
                if (message.domain != null && $Object.hasOwnProperty.call(message, "domain"))
                    $root.mesos.v1.DomainInfo.encode(message.domain, writer.uint32(82).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AgentInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.v1.AgentInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.hostname = reader.string();
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.resources && message.resources.length))
                                message.resources = [];
                            message.resources.push($root.mesos.v1.Resource.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.attributes && message.attributes.length))
                                message.attributes = [];
                            message.attributes.push($root.mesos.v1.Attribute.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.id = $root.mesos.v1.AgentID.decode(reader, reader.size(), $undefined, _depth + 1, message.id);
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            message.port = reader.int32();
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.domain = $root.mesos.v1.DomainInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.domain);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(message, "hostname"))
                    throw $util.ProtocolError("missing required 'hostname'", { instance: message });
                return message;
            };

            return AgentInfo;
        })();

        v1.Value = (function() {

            const Value = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Value.prototype.type = 0;
            Value.prototype.scalar = null;
            Value.prototype.ranges = null;
            Value.prototype.set = null;
            Value.prototype.text = null;

            Value.create = function(properties) {
                return new Value(properties);
            };

            Value.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(8).int32(message.type);
                if (message.scalar != null && $Object.hasOwnProperty.call(message, "scalar"))
                    $root.mesos.v1.Value.Scalar.encode(message.scalar, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.ranges != null && $Object.hasOwnProperty.call(message, "ranges"))
                    $root.mesos.v1.Value.Ranges.encode(message.ranges, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.set != null && $Object.hasOwnProperty.call(message, "set"))
                    $root.mesos.v1.Value.Set.encode(message.set, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    $root.mesos.v1.Value.Text.encode(message.text, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Value.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.v1.Value();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            value = reader.int32();
                            if ($root.mesos.v1.Value.Type[value] !== $undefined)
                                message.type = value;
                            else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.scalar = $root.mesos.v1.Value.Scalar.decode(reader, reader.size(), $undefined, _depth + 1, message.scalar);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.ranges = $root.mesos.v1.Value.Ranges.decode(reader, reader.size(), $undefined, _depth + 1, message.ranges);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.set = $root.mesos.v1.Value.Set.decode(reader, reader.size(), $undefined, _depth + 1, message.set);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.text = $root.mesos.v1.Value.Text.decode(reader, reader.size(), $undefined, _depth + 1, message.text);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(message, "type"))
                    throw $util.ProtocolError("missing required 'type'", { instance: message });
                return message;
            };

            Value.Type = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "SCALAR"] = 0;
                values[valuesById[1] = "RANGES"] = 1;
                values[valuesById[2] = "SET"] = 2;
                values[valuesById[3] = "TEXT"] = 3;
                return values;
            })();

            Value.Scalar = (function() {

                const Scalar = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Scalar.prototype.value = 0;

                Scalar.create = function(properties) {
                    return new Scalar(properties);
                };

                Scalar.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    writer.uint32(9).double(message.value);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Scalar.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mesos.v1.Value.Scalar();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 1)
                                    break;
                                message.value = reader.double();
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    if (!$Object.hasOwnProperty.call(message, "value"))
                        throw $util.ProtocolError("missing required 'value'", { instance: message });
                    return message;
                };

                return Scalar;
            })();

            Value.Range = (function() {

                const Range = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Range.prototype.begin = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                Range.prototype.end = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                Range.create = function(properties) {
                    return new Range(properties);
                };

                Range.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    writer.uint32(8).uint64(message.begin);
                    writer.uint32(16).uint64(message.end);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Range.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mesos.v1.Value.Range();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                message.begin = reader.uint64();
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                message.end = reader.uint64();
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    if (!$Object.hasOwnProperty.call(message, "begin"))
                        throw $util.ProtocolError("missing required 'begin'", { instance: message });
                    if (!$Object.hasOwnProperty.call(message, "end"))
                        throw $util.ProtocolError("missing required 'end'", { instance: message });
                    return message;
                };

                return Range;
            })();

            Value.Ranges = (function() {

                const Ranges = function (properties) {
                    this.range = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Ranges.prototype.range = $util.emptyArray;

                Ranges.create = function(properties) {
                    return new Ranges(properties);
                };

                Ranges.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.range != null && message.range.length)
                        for (let i = 0; i < message.range.length; ++i)
                            $root.mesos.v1.Value.Range.encode(message.range[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Ranges.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mesos.v1.Value.Ranges();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.range && message.range.length))
                                    message.range = [];
                                message.range.push($root.mesos.v1.Value.Range.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return Ranges;
            })();

            Value.Set = (function() {

                const Set = function (properties) {
                    this.item = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Set.prototype.item = $util.emptyArray;

                Set.create = function(properties) {
                    return new Set(properties);
                };

                Set.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.item != null && message.item.length)
                        for (let i = 0; i < message.item.length; ++i)
                            writer.uint32(10).string(message.item[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Set.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mesos.v1.Value.Set();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.item && message.item.length))
                                    message.item = [];
                                message.item.push(reader.string());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return Set;
            })();

            Value.Text = (function() {

                const Text = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Text.prototype.value = "";

                Text.create = function(properties) {
                    return new Text(properties);
                };

                Text.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    writer.uint32(10).string(message.value);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Text.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mesos.v1.Value.Text();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.value = reader.string();
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    if (!$Object.hasOwnProperty.call(message, "value"))
                        throw $util.ProtocolError("missing required 'value'", { instance: message });
                    return message;
                };

                return Text;
            })();

            return Value;
        })();

        v1.Attribute = (function() {

            const Attribute = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Attribute.prototype.name = "";
            Attribute.prototype.type = 0;
            Attribute.prototype.scalar = null;
            Attribute.prototype.ranges = null;
            Attribute.prototype.set = null;
            Attribute.prototype.text = null;

            Attribute.create = function(properties) {
                return new Attribute(properties);
            };

            Attribute.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(10).string(message.name);
                writer.uint32(16).int32(message.type);
                if (message.scalar != null && $Object.hasOwnProperty.call(message, "scalar"))
                    $root.mesos.v1.Value.Scalar.encode(message.scalar, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.ranges != null && $Object.hasOwnProperty.call(message, "ranges"))
                    $root.mesos.v1.Value.Ranges.encode(message.ranges, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    $root.mesos.v1.Value.Text.encode(message.text, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.set != null && $Object.hasOwnProperty.call(message, "set"))
                    $root.mesos.v1.Value.Set.encode(message.set, writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Attribute.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.v1.Attribute();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.name = reader.string();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            value = reader.int32();
                            if ($root.mesos.v1.Value.Type[value] !== $undefined)
                                message.type = value;
                            else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.scalar = $root.mesos.v1.Value.Scalar.decode(reader, reader.size(), $undefined, _depth + 1, message.scalar);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.ranges = $root.mesos.v1.Value.Ranges.decode(reader, reader.size(), $undefined, _depth + 1, message.ranges);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.set = $root.mesos.v1.Value.Set.decode(reader, reader.size(), $undefined, _depth + 1, message.set);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.text = $root.mesos.v1.Value.Text.decode(reader, reader.size(), $undefined, _depth + 1, message.text);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(message, "name"))
                    throw $util.ProtocolError("missing required 'name'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "type"))
                    throw $util.ProtocolError("missing required 'type'", { instance: message });
                return message;
            };

            return Attribute;
        })();

        v1.Resource = (function() {

            const Resource = function (properties) {
                this.reservations = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Resource.prototype.provider_id = null;
            Resource.prototype.name = "";
            Resource.prototype.type = 0;
            Resource.prototype.scalar = null;
            Resource.prototype.ranges = null;
            Resource.prototype.set = null;
            Resource.prototype.role = null;
            Resource.prototype.allocation_info = null;
            Resource.prototype.reservation = null;
            Resource.prototype.reservations = $util.emptyArray;
            Resource.prototype.disk = null;
            Resource.prototype.revocable = null;
            Resource.prototype.shared = null;

            Resource.create = function(properties) {
                return new Resource(properties);
            };

            Resource.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(10).string(message.name);
                writer.uint32(16).int32(message.type);
                if (message.scalar != null && $Object.hasOwnProperty.call(message, "scalar"))
                    $root.mesos.v1.Value.Scalar.encode(message.scalar, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.ranges != null && $Object.hasOwnProperty.call(message, "ranges"))
                    $root.mesos.v1.Value.Ranges.encode(message.ranges, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.set != null && $Object.hasOwnProperty.call(message, "set"))
                    $root.mesos.v1.Value.Set.encode(message.set, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    writer.uint32(50).string(message.role);
                if (message.disk != null && $Object.hasOwnProperty.call(message, "disk"))
                    $root.mesos.v1.Resource.DiskInfo.encode(message.disk, writer.uint32(58).fork(), _depth + 1).ldelim();
                if (message.reservation != null && $Object.hasOwnProperty.call(message, "reservation"))
                    $root.mesos.v1.Resource.ReservationInfo.encode(message.reservation, writer.uint32(66).fork(), _depth + 1).ldelim();
                if (message.revocable != null && $Object.hasOwnProperty.call(message, "revocable"))
                    $root.mesos.v1.Resource.RevocableInfo.encode(message.revocable, writer.uint32(74).fork(), _depth + 1).ldelim();
                if (message.shared != null && $Object.hasOwnProperty.call(message, "shared"))
                    $root.mesos.v1.Resource.SharedInfo.encode(message.shared, writer.uint32(82).fork(), _depth + 1).ldelim();
                if (message.allocation_info != null && $Object.hasOwnProperty.call(message, "allocation_info"))
                    $root.mesos.v1.Resource.AllocationInfo.encode(message.allocation_info, writer.uint32(90).fork(), _depth + 1).ldelim();
                if (message.provider_id != null && $Object.hasOwnProperty.call(message, "provider_id"))
                    $root.mesos.v1.ResourceProviderID.encode(message.provider_id, writer.uint32(98).fork(), _depth + 1).ldelim();
                if (message.reservations != null && message.reservations.length)
                    for (let i = 0; i < message.reservations.length; ++i)
                        $root.mesos.v1.Resource.ReservationInfo.encode(message.reservations[i], writer.uint32(106).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Resource.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.v1.Resource();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.provider_id = $root.mesos.v1.ResourceProviderID.decode(reader, reader.size(), $undefined, _depth + 1, message.provider_id);
                            continue;
                        }
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.name = reader.string();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            value = reader.int32();
                            if ($root.mesos.v1.Value.Type[value] !== $undefined)
                                message.type = value;
                            else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.scalar = $root.mesos.v1.Value.Scalar.decode(reader, reader.size(), $undefined, _depth + 1, message.scalar);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.ranges = $root.mesos.v1.Value.Ranges.decode(reader, reader.size(), $undefined, _depth + 1, message.ranges);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.set = $root.mesos.v1.Value.Set.decode(reader, reader.size(), $undefined, _depth + 1, message.set);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.role = reader.string();
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.allocation_info = $root.mesos.v1.Resource.AllocationInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.allocation_info);
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.reservation = $root.mesos.v1.Resource.ReservationInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.reservation);
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if (!(message.reservations && message.reservations.length))
                                message.reservations = [];
                            message.reservations.push($root.mesos.v1.Resource.ReservationInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.disk = $root.mesos.v1.Resource.DiskInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.disk);
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.revocable = $root.mesos.v1.Resource.RevocableInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.revocable);
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.shared = $root.mesos.v1.Resource.SharedInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.shared);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(message, "name"))
                    throw $util.ProtocolError("missing required 'name'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "type"))
                    throw $util.ProtocolError("missing required 'type'", { instance: message });
                return message;
            };

            Resource.AllocationInfo = (function() {

                const AllocationInfo = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                AllocationInfo.prototype.role = null;

                AllocationInfo.create = function(properties) {
                    return new AllocationInfo(properties);
                };

                AllocationInfo.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                        writer.uint32(10).string(message.role);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                AllocationInfo.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mesos.v1.Resource.AllocationInfo();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.role = reader.string();
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return AllocationInfo;
            })();

            Resource.ReservationInfo = (function() {

                const ReservationInfo = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ReservationInfo.prototype.type = null;
                ReservationInfo.prototype.role = null;
                ReservationInfo.prototype.principal = null;
                ReservationInfo.prototype.labels = null;

                ReservationInfo.create = function(properties) {
                    return new ReservationInfo(properties);
                };

                ReservationInfo.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.principal != null && $Object.hasOwnProperty.call(message, "principal"))
                        writer.uint32(10).string(message.principal);
                    if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                        $root.mesos.v1.Labels.encode(message.labels, writer.uint32(18).fork(), _depth + 1).ldelim();
                    if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                        writer.uint32(26).string(message.role);
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        writer.uint32(32).int32(message.type);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ReservationInfo.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mesos.v1.Resource.ReservationInfo();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                value = reader.int32();
                                if ($root.mesos.v1.Resource.ReservationInfo.Type[value] !== $undefined)
                                    message.type = value;
                                else if (!reader.discardUnknown) {
                                    $util.makeProp(message, "$unknowns", false);
                                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                                }
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.role = reader.string();
                                continue;
                            }
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.principal = reader.string();
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.labels = $root.mesos.v1.Labels.decode(reader, reader.size(), $undefined, _depth + 1, message.labels);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                ReservationInfo.Type = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "UNKNOWN"] = 0;
                    values[valuesById[1] = "STATIC"] = 1;
                    values[valuesById[2] = "DYNAMIC"] = 2;
                    return values;
                })();

                return ReservationInfo;
            })();

            Resource.DiskInfo = (function() {

                const DiskInfo = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DiskInfo.prototype.persistence = null;
                DiskInfo.prototype.volume = null;
                DiskInfo.prototype.source = null;

                DiskInfo.create = function(properties) {
                    return new DiskInfo(properties);
                };

                DiskInfo.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.persistence != null && $Object.hasOwnProperty.call(message, "persistence"))
                        $root.mesos.v1.Resource.DiskInfo.Persistence.encode(message.persistence, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.volume != null && $Object.hasOwnProperty.call(message, "volume"))
                        $root.mesos.v1.Volume.encode(message.volume, writer.uint32(18).fork(), _depth + 1).ldelim();
                    if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                        $root.mesos.v1.Resource.DiskInfo.Source.encode(message.source, writer.uint32(26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DiskInfo.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mesos.v1.Resource.DiskInfo();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.persistence = $root.mesos.v1.Resource.DiskInfo.Persistence.decode(reader, reader.size(), $undefined, _depth + 1, message.persistence);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.volume = $root.mesos.v1.Volume.decode(reader, reader.size(), $undefined, _depth + 1, message.volume);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.source = $root.mesos.v1.Resource.DiskInfo.Source.decode(reader, reader.size(), $undefined, _depth + 1, message.source);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DiskInfo.Persistence = (function() {

                    const Persistence = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    Persistence.prototype.id = "";
                    Persistence.prototype.principal = null;

                    Persistence.create = function(properties) {
                        return new Persistence(properties);
                    };

                    Persistence.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        writer.uint32(10).string(message.id);
                        if (message.principal != null && $Object.hasOwnProperty.call(message, "principal"))
                            writer.uint32(18).string(message.principal);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    Persistence.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.mesos.v1.Resource.DiskInfo.Persistence();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    message.id = reader.string();
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    message.principal = reader.string();
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        if (!$Object.hasOwnProperty.call(message, "id"))
                            throw $util.ProtocolError("missing required 'id'", { instance: message });
                        return message;
                    };

                    return Persistence;
                })();

                DiskInfo.Source = (function() {

                    const Source = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    Source.prototype.type = 0;
                    Source.prototype.path = null;
                    Source.prototype.mount = null;
                    Source.prototype.id = null;
                    Source.prototype.metadata = null;
                    Source.prototype.profile = null;
                    Source.prototype.vendor = null;

                    Source.create = function(properties) {
                        return new Source(properties);
                    };

                    Source.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        writer.uint32(8).int32(message.type);
                        if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                            $root.mesos.v1.Resource.DiskInfo.Source.Path.encode(message.path, writer.uint32(18).fork(), _depth + 1).ldelim();
                        if (message.mount != null && $Object.hasOwnProperty.call(message, "mount"))
                            $root.mesos.v1.Resource.DiskInfo.Source.Mount.encode(message.mount, writer.uint32(26).fork(), _depth + 1).ldelim();
                        if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                            writer.uint32(34).string(message.id);
                        if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                            $root.mesos.v1.Labels.encode(message.metadata, writer.uint32(42).fork(), _depth + 1).ldelim();
                        if (message.profile != null && $Object.hasOwnProperty.call(message, "profile"))
                            writer.uint32(50).string(message.profile);
                        if (message.vendor != null && $Object.hasOwnProperty.call(message, "vendor"))
                            writer.uint32(58).string(message.vendor);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    Source.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.mesos.v1.Resource.DiskInfo.Source();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 0)
                                        break;
                                    value = reader.int32();
                                    if ($root.mesos.v1.Resource.DiskInfo.Source.Type[value] !== $undefined)
                                        message.type = value;
                                    else if (!reader.discardUnknown) {
                                        $util.makeProp(message, "$unknowns", false);
                                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                                    }
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    message.path = $root.mesos.v1.Resource.DiskInfo.Source.Path.decode(reader, reader.size(), $undefined, _depth + 1, message.path);
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    message.mount = $root.mesos.v1.Resource.DiskInfo.Source.Mount.decode(reader, reader.size(), $undefined, _depth + 1, message.mount);
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 2)
                                        break;
                                    message.id = reader.string();
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 2)
                                        break;
                                    message.metadata = $root.mesos.v1.Labels.decode(reader, reader.size(), $undefined, _depth + 1, message.metadata);
                                    continue;
                                }
                            case 6: {
                                    if (wireType !== 2)
                                        break;
                                    message.profile = reader.string();
                                    continue;
                                }
                            case 7: {
                                    if (wireType !== 2)
                                        break;
                                    message.vendor = reader.string();
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        if (!$Object.hasOwnProperty.call(message, "type"))
                            throw $util.ProtocolError("missing required 'type'", { instance: message });
                        return message;
                    };

                    Source.Type = (function() {
                        const valuesById = $Object.create(null), values = $Object.create(valuesById);
                        values[valuesById[0] = "UNKNOWN"] = 0;
                        values[valuesById[1] = "PATH"] = 1;
                        values[valuesById[2] = "MOUNT"] = 2;
                        values[valuesById[3] = "BLOCK"] = 3;
                        values[valuesById[4] = "RAW"] = 4;
                        return values;
                    })();

                    Source.Path = (function() {

                        const Path = function (properties) {
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        Path.prototype.root = null;

                        Path.create = function(properties) {
                            return new Path(properties);
                        };

                        Path.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.root != null && $Object.hasOwnProperty.call(message, "root"))
                                writer.uint32(10).string(message.root);
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        Path.decode = function (reader, length, _end, _depth, _target) {
                            if (!(reader instanceof $Reader))
                                reader = $Reader.create(reader);
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $Reader.recursionLimit)
                                throw $Error("max depth exceeded");
                            let end, message;
                            if (length === $undefined)
                                end = reader.len;
                            else {
                                end = reader.pos + length;
                                if (end > reader.len)
                                    throw $RangeError("index out of range");
                                length = reader.len;
                                reader.len = end;
                            }
                            message = _target || new $root.mesos.v1.Resource.DiskInfo.Source.Path();
                            while (reader.pos < end) {
                                let start = reader.pos;
                                let tag = reader.tag();
                                if (tag === _end) {
                                    _end = $undefined;
                                    break;
                                }
                                let wireType = tag & 7;
                                switch (tag >>>= 3) {
                                case 1: {
                                        if (wireType !== 2)
                                            break;
                                        message.root = reader.string();
                                        continue;
                                    }
                                }
                                reader.skipType(wireType, _depth, tag);
                                if (!reader.discardUnknown) {
                                    $util.makeProp(message, "$unknowns", false);
                                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                                }
                            }
                            if (length !== $undefined) {
                                if (reader.pos !== end)
                                    throw $RangeError("index out of range");
                                reader.len = length;
                            }
                            if (_end !== $undefined)
                                throw $Error("missing end group");
                            return message;
                        };

                        return Path;
                    })();

                    Source.Mount = (function() {

                        const Mount = function (properties) {
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        Mount.prototype.root = null;

                        Mount.create = function(properties) {
                            return new Mount(properties);
                        };

                        Mount.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.root != null && $Object.hasOwnProperty.call(message, "root"))
                                writer.uint32(10).string(message.root);
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        Mount.decode = function (reader, length, _end, _depth, _target) {
                            if (!(reader instanceof $Reader))
                                reader = $Reader.create(reader);
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $Reader.recursionLimit)
                                throw $Error("max depth exceeded");
                            let end, message;
                            if (length === $undefined)
                                end = reader.len;
                            else {
                                end = reader.pos + length;
                                if (end > reader.len)
                                    throw $RangeError("index out of range");
                                length = reader.len;
                                reader.len = end;
                            }
                            message = _target || new $root.mesos.v1.Resource.DiskInfo.Source.Mount();
                            while (reader.pos < end) {
                                let start = reader.pos;
                                let tag = reader.tag();
                                if (tag === _end) {
                                    _end = $undefined;
                                    break;
                                }
                                let wireType = tag & 7;
                                switch (tag >>>= 3) {
                                case 1: {
                                        if (wireType !== 2)
                                            break;
                                        message.root = reader.string();
                                        continue;
                                    }
                                }
                                reader.skipType(wireType, _depth, tag);
                                if (!reader.discardUnknown) {
                                    $util.makeProp(message, "$unknowns", false);
                                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                                }
                            }
                            if (length !== $undefined) {
                                if (reader.pos !== end)
                                    throw $RangeError("index out of range");
                                reader.len = length;
                            }
                            if (_end !== $undefined)
                                throw $Error("missing end group");
                            return message;
                        };

                        return Mount;
                    })();

                    return Source;
                })();

                return DiskInfo;
            })();

            Resource.RevocableInfo = (function() {

                const RevocableInfo = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                RevocableInfo.create = function(properties) {
                    return new RevocableInfo(properties);
                };

                RevocableInfo.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                RevocableInfo.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mesos.v1.Resource.RevocableInfo();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return RevocableInfo;
            })();

            Resource.SharedInfo = (function() {

                const SharedInfo = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                SharedInfo.create = function(properties) {
                    return new SharedInfo(properties);
                };

                SharedInfo.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                SharedInfo.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mesos.v1.Resource.SharedInfo();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return SharedInfo;
            })();

            return Resource;
        })();

        v1.Volume = (function() {

            const Volume = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Volume.prototype.mode = 1;
            Volume.prototype.container_path = "";
            Volume.prototype.host_path = null;

            Volume.create = function(properties) {
                return new Volume(properties);
            };

            Volume.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(10).string(message.container_path);
                if (message.host_path != null && $Object.hasOwnProperty.call(message, "host_path"))
                    writer.uint32(18).string(message.host_path);
                writer.uint32(24).int32(message.mode);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Volume.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.v1.Volume();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 3: {
                            if (wireType !== 0)
                                break;
                            value = reader.int32();
                            if ($root.mesos.v1.Volume.Mode[value] !== $undefined)
                                message.mode = value;
                            else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                            continue;
                        }
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.container_path = reader.string();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.host_path = reader.string();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(message, "mode"))
                    throw $util.ProtocolError("missing required 'mode'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "container_path"))
                    throw $util.ProtocolError("missing required 'container_path'", { instance: message });
                return message;
            };

            Volume.Mode = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[1] = "RW"] = 1;
                values[valuesById[2] = "RO"] = 2;
                return values;
            })();

            return Volume;
        })();

        v1.OfferFilters = (function() {

            const OfferFilters = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            OfferFilters.prototype.min_allocatable_resources = null;

            OfferFilters.create = function(properties) {
                return new OfferFilters(properties);
            };

            OfferFilters.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.min_allocatable_resources != null && $Object.hasOwnProperty.call(message, "min_allocatable_resources"))
                    $root.mesos.v1.OfferFilters.MinAllocatableResources.encode(message.min_allocatable_resources, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            OfferFilters.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.v1.OfferFilters();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.min_allocatable_resources = $root.mesos.v1.OfferFilters.MinAllocatableResources.decode(reader, reader.size(), $undefined, _depth + 1, message.min_allocatable_resources);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            OfferFilters.ResourceQuantities = (function() {

                const ResourceQuantities = function (properties) {
                    this.quantities = {};
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ResourceQuantities.prototype.quantities = $util.emptyObject;

                ResourceQuantities.create = function(properties) {
                    return new ResourceQuantities(properties);
                };

                ResourceQuantities.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.quantities != null && $Object.hasOwnProperty.call(message, "quantities"))
                        for (let keys = $Object.keys(message.quantities), i = 0; i < keys.length; ++i) {
                            writer.uint32(10).fork().uint32(10).string(keys[i]);
                            $root.mesos.v1.Value.Scalar.encode(message.quantities[keys[i]], writer.uint32(18).fork(), _depth + 1).ldelim().ldelim();
                        }
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ResourceQuantities.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, key, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mesos.v1.OfferFilters.ResourceQuantities();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (message.quantities === $util.emptyObject)
                                    message.quantities = {};
                                let end2 = reader.size() + reader.pos;
                                if (end2 > reader.len)
                                    throw $RangeError("index out of range");
                                reader.len = end2;
                                key = "";
                                value = null;
                                while (reader.pos < end2) {
                                    let tag2 = reader.tag();
                                    wireType = tag2 & 7;
                                    switch (tag2 >>>= 3) {
                                    case 1:
                                        if (wireType !== 2)
                                            break;
                                        key = reader.string();
                                        continue;
                                    case 2:
                                        if (wireType !== 2)
                                            break;
                                        value = $root.mesos.v1.Value.Scalar.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                        continue;
                                    }
                                    reader.skipType(wireType, _depth, tag2);
                                }
                                if (reader.pos !== end2)
                                    throw $RangeError("index out of range");
                                reader.len = end;
                                if (key === "__proto__")
                                    $util.makeProp(message.quantities, key);
                                message.quantities[key] = value || new $root.mesos.v1.Value.Scalar();
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ResourceQuantities;
            })();

            OfferFilters.MinAllocatableResources = (function() {

                const MinAllocatableResources = function (properties) {
                    this.quantities = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MinAllocatableResources.prototype.quantities = $util.emptyArray;

                MinAllocatableResources.create = function(properties) {
                    return new MinAllocatableResources(properties);
                };

                MinAllocatableResources.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.quantities != null && message.quantities.length)
                        for (let i = 0; i < message.quantities.length; ++i)
                            $root.mesos.v1.OfferFilters.ResourceQuantities.encode(message.quantities[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MinAllocatableResources.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mesos.v1.OfferFilters.MinAllocatableResources();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.quantities && message.quantities.length))
                                    message.quantities = [];
                                message.quantities.push($root.mesos.v1.OfferFilters.ResourceQuantities.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return MinAllocatableResources;
            })();

            return OfferFilters;
        })();

        v1.TaskInfo = (function() {

            const TaskInfo = function (properties) {
                this.resources = [];
                this.limits = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            TaskInfo.prototype.name = "";
            TaskInfo.prototype.task_id = null;
            TaskInfo.prototype.agent_id = null;
            TaskInfo.prototype.resources = $util.emptyArray;
            TaskInfo.prototype.executor = null;
            TaskInfo.prototype.command = null;
            TaskInfo.prototype.health_check = null;
            TaskInfo.prototype.data = null;
            TaskInfo.prototype.labels = null;
            TaskInfo.prototype.kill_policy = null;
            TaskInfo.prototype.check = null;
            TaskInfo.prototype.max_completion_time = null;
            TaskInfo.prototype.limits = $util.emptyObject;

            TaskInfo.create = function(properties) {
                return new TaskInfo(properties);
            };

            TaskInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(10).string(message.name);
                $root.mesos.v1.TaskID.encode(message.task_id, writer.uint32(18).fork(), _depth + 1).ldelim();
                $root.mesos.v1.AgentID.encode(message.agent_id, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.resources != null && message.resources.length)
                    for (let i = 0; i < message.resources.length; ++i)
                        $root.mesos.v1.Resource.encode(message.resources[i], writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.executor != null && $Object.hasOwnProperty.call(message, "executor"))
                    $root.mesos.v1.ExecutorInfo.encode(message.executor, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    writer.uint32(50).bytes(message.data);
                if (message.command != null && $Object.hasOwnProperty.call(message, "command"))
                    $root.mesos.v1.CommandInfo.encode(message.command, writer.uint32(58).fork(), _depth + 1).ldelim();
                if (message.health_check != null && $Object.hasOwnProperty.call(message, "health_check"))
                    $root.mesos.v1.HealthCheck.encode(message.health_check, writer.uint32(66).fork(), _depth + 1).ldelim();
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                    $root.mesos.v1.Labels.encode(message.labels, writer.uint32(82).fork(), _depth + 1).ldelim();
                if (message.kill_policy != null && $Object.hasOwnProperty.call(message, "kill_policy"))
                    $root.mesos.v1.KillPolicy.encode(message.kill_policy, writer.uint32(98).fork(), _depth + 1).ldelim();
                if (message.check != null && $Object.hasOwnProperty.call(message, "check"))
                    $root.mesos.v1.CheckInfo.encode(message.check, writer.uint32(106).fork(), _depth + 1).ldelim();
                if (message.max_completion_time != null && $Object.hasOwnProperty.call(message, "max_completion_time"))
                    $root.mesos.v1.DurationInfo.encode(message.max_completion_time, writer.uint32(114).fork(), _depth + 1).ldelim();
                if (message.limits != null && $Object.hasOwnProperty.call(message, "limits"))
                    for (let keys = $Object.keys(message.limits), i = 0; i < keys.length; ++i) {
                        writer.uint32(122).fork().uint32(10).string(keys[i]);
                        $root.mesos.v1.Value.Scalar.encode(message.limits[keys[i]], writer.uint32(18).fork(), _depth + 1).ldelim().ldelim();
                    }
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            TaskInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.v1.TaskInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.name = reader.string();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.task_id = $root.mesos.v1.TaskID.decode(reader, reader.size(), $undefined, _depth + 1, message.task_id);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.agent_id = $root.mesos.v1.AgentID.decode(reader, reader.size(), $undefined, _depth + 1, message.agent_id);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.resources && message.resources.length))
                                message.resources = [];
                            message.resources.push($root.mesos.v1.Resource.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.executor = $root.mesos.v1.ExecutorInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.executor);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.command = $root.mesos.v1.CommandInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.command);
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.health_check = $root.mesos.v1.HealthCheck.decode(reader, reader.size(), $undefined, _depth + 1, message.health_check);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.data = reader.bytes();
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.labels = $root.mesos.v1.Labels.decode(reader, reader.size(), $undefined, _depth + 1, message.labels);
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.kill_policy = $root.mesos.v1.KillPolicy.decode(reader, reader.size(), $undefined, _depth + 1, message.kill_policy);
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.check = $root.mesos.v1.CheckInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.check);
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.max_completion_time = $root.mesos.v1.DurationInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.max_completion_time);
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            if (message.limits === $util.emptyObject)
                                message.limits = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.string();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = $root.mesos.v1.Value.Scalar.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.limits, key);
                            message.limits[key] = value || new $root.mesos.v1.Value.Scalar();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(message, "name"))
                    throw $util.ProtocolError("missing required 'name'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "task_id"))
                    throw $util.ProtocolError("missing required 'task_id'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "agent_id"))
                    throw $util.ProtocolError("missing required 'agent_id'", { instance: message });
                return message;
            };

            return TaskInfo;
        })();

        v1.TaskGroupInfo = (function() {

            const TaskGroupInfo = function (properties) {
                this.tasks = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            TaskGroupInfo.prototype.tasks = $util.emptyArray;

            TaskGroupInfo.create = function(properties) {
                return new TaskGroupInfo(properties);
            };

            TaskGroupInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.tasks != null && message.tasks.length)
                    for (let i = 0; i < message.tasks.length; ++i)
                        $root.mesos.v1.TaskInfo.encode(message.tasks[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            TaskGroupInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.v1.TaskGroupInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.tasks && message.tasks.length))
                                message.tasks = [];
                            message.tasks.push($root.mesos.v1.TaskInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return TaskGroupInfo;
        })();

        v1.ExecutorInfo = (function() {

            const ExecutorInfo = function (properties) {
                this.resources = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ExecutorInfo.prototype.type = null;
            ExecutorInfo.prototype.executor_id = null;
            ExecutorInfo.prototype.framework_id = null;
            ExecutorInfo.prototype.command = null;
            ExecutorInfo.prototype.resources = $util.emptyArray;
            ExecutorInfo.prototype.name = null;
            ExecutorInfo.prototype.source = null;
            ExecutorInfo.prototype.data = null;
            ExecutorInfo.prototype.shutdown_grace_period = null;
            ExecutorInfo.prototype.labels = null;

            ExecutorInfo.create = function(properties) {
                return new ExecutorInfo(properties);
            };

            ExecutorInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                $root.mesos.v1.ExecutorID.encode(message.executor_id, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    writer.uint32(34).bytes(message.data);
                if (message.resources != null && message.resources.length)
                    for (let i = 0; i < message.resources.length; ++i)
                        $root.mesos.v1.Resource.encode(message.resources[i], writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.command != null && $Object.hasOwnProperty.call(message, "command"))
                    $root.mesos.v1.CommandInfo.encode(message.command, writer.uint32(58).fork(), _depth + 1).ldelim();
                if (message.framework_id != null && $Object.hasOwnProperty.call(message, "framework_id"))
                    $root.mesos.v1.FrameworkID.encode(message.framework_id, writer.uint32(66).fork(), _depth + 1).ldelim();
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(74).string(message.name);
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    writer.uint32(82).string(message.source);
                if (message.shutdown_grace_period != null && $Object.hasOwnProperty.call(message, "shutdown_grace_period"))
                    $root.mesos.v1.DurationInfo.encode(message.shutdown_grace_period, writer.uint32(106).fork(), _depth + 1).ldelim();
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                    $root.mesos.v1.Labels.encode(message.labels, writer.uint32(114).fork(), _depth + 1).ldelim();
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    writer.uint32(120).int32(message.type);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ExecutorInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.v1.ExecutorInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 15: {
                            if (wireType !== 0)
                                break;
                            value = reader.int32();
                            if ($root.mesos.v1.ExecutorInfo.Type[value] !== $undefined)
                                message.type = value;
                            else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                            continue;
                        }
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.executor_id = $root.mesos.v1.ExecutorID.decode(reader, reader.size(), $undefined, _depth + 1, message.executor_id);
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.framework_id = $root.mesos.v1.FrameworkID.decode(reader, reader.size(), $undefined, _depth + 1, message.framework_id);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.command = $root.mesos.v1.CommandInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.command);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.resources && message.resources.length))
                                message.resources = [];
                            message.resources.push($root.mesos.v1.Resource.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.name = reader.string();
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.source = reader.string();
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.data = reader.bytes();
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.shutdown_grace_period = $root.mesos.v1.DurationInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.shutdown_grace_period);
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.labels = $root.mesos.v1.Labels.decode(reader, reader.size(), $undefined, _depth + 1, message.labels);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(message, "executor_id"))
                    throw $util.ProtocolError("missing required 'executor_id'", { instance: message });
                return message;
            };

            ExecutorInfo.Type = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "UNKNOWN"] = 0;
                values[valuesById[1] = "DEFAULT"] = 1;
                values[valuesById[2] = "CUSTOM"] = 2;
                return values;
            })();

            return ExecutorInfo;
        })();

        v1.CommandInfo = (function() {

            const CommandInfo = function (properties) {
                this.uris = [];
                this["arguments"] = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            CommandInfo.prototype.uris = $util.emptyArray;
            CommandInfo.prototype.environment = null;
            CommandInfo.prototype.shell = null;
            CommandInfo.prototype.value = null;
            CommandInfo.prototype["arguments"] = $util.emptyArray;
            CommandInfo.prototype.user = null;

            CommandInfo.create = function(properties) {
                return new CommandInfo(properties);
            };

            CommandInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.uris != null && message.uris.length)
                    for (let i = 0; i < message.uris.length; ++i)
                        $root.mesos.v1.CommandInfo.URI.encode(message.uris[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.environment != null && $Object.hasOwnProperty.call(message, "environment"))
                    $root.mesos.v1.Environment.encode(message.environment, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    writer.uint32(26).string(message.value);
                if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                    writer.uint32(42).string(message.user);
                if (message.shell != null && $Object.hasOwnProperty.call(message, "shell"))
                    writer.uint32(48).bool(message.shell);
                if (message["arguments"] != null && message["arguments"].length)
                    for (let i = 0; i < message["arguments"].length; ++i)
                        writer.uint32(58).string(message["arguments"][i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            CommandInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.v1.CommandInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.uris && message.uris.length))
                                message.uris = [];
                            message.uris.push($root.mesos.v1.CommandInfo.URI.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.environment = $root.mesos.v1.Environment.decode(reader, reader.size(), $undefined, _depth + 1, message.environment);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            message.shell = reader.bool();
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.value = reader.string();
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message["arguments"] && message["arguments"].length))
                                message["arguments"] = [];
                            message["arguments"].push(reader.string());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.user = reader.string();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            CommandInfo.URI = (function() {

                const URI = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                URI.prototype.value = "";
                URI.prototype.executable = null;
                URI.prototype.extract = null;
                URI.prototype.cache = null;
                URI.prototype.output_file = null;

                URI.create = function(properties) {
                    return new URI(properties);
                };

                URI.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    writer.uint32(10).string(message.value);
                    if (message.executable != null && $Object.hasOwnProperty.call(message, "executable"))
                        writer.uint32(16).bool(message.executable);
                    if (message.extract != null && $Object.hasOwnProperty.call(message, "extract"))
                        writer.uint32(24).bool(message.extract);
                    if (message.cache != null && $Object.hasOwnProperty.call(message, "cache"))
                        writer.uint32(32).bool(message.cache);
                    if (message.output_file != null && $Object.hasOwnProperty.call(message, "output_file"))
                        writer.uint32(42).string(message.output_file);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                URI.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mesos.v1.CommandInfo.URI();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.value = reader.string();
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                message.executable = reader.bool();
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                message.extract = reader.bool();
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                message.cache = reader.bool();
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.output_file = reader.string();
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    if (!$Object.hasOwnProperty.call(message, "value"))
                        throw $util.ProtocolError("missing required 'value'", { instance: message });
                    return message;
                };

                return URI;
            })();

            return CommandInfo;
        })();

        v1.Environment = (function() {

            const Environment = function (properties) {
                this.variables = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Environment.prototype.variables = $util.emptyArray;

            Environment.create = function(properties) {
                return new Environment(properties);
            };

            Environment.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.variables != null && message.variables.length)
                    for (let i = 0; i < message.variables.length; ++i)
                        $root.mesos.v1.Environment.Variable.encode(message.variables[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Environment.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.v1.Environment();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.variables && message.variables.length))
                                message.variables = [];
                            message.variables.push($root.mesos.v1.Environment.Variable.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Environment.Variable = (function() {

                const Variable = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Variable.prototype.name = "";
                Variable.prototype.type = null;
                Variable.prototype.value = null;
                Variable.prototype.secret = null;

                Variable.create = function(properties) {
                    return new Variable(properties);
                };

                Variable.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    writer.uint32(10).string(message.name);
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        writer.uint32(18).string(message.value);
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        writer.uint32(24).int32(message.type);
                    if (message.secret != null && $Object.hasOwnProperty.call(message, "secret"))
                        $root.mesos.v1.Secret.encode(message.secret, writer.uint32(34).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Variable.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mesos.v1.Environment.Variable();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.name = reader.string();
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                value = reader.int32();
                                if ($root.mesos.v1.Environment.Variable.Type[value] !== $undefined)
                                    message.type = value;
                                else if (!reader.discardUnknown) {
                                    $util.makeProp(message, "$unknowns", false);
                                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                                }
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.value = reader.string();
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.secret = $root.mesos.v1.Secret.decode(reader, reader.size(), $undefined, _depth + 1, message.secret);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    if (!$Object.hasOwnProperty.call(message, "name"))
                        throw $util.ProtocolError("missing required 'name'", { instance: message });
                    return message;
                };

                Variable.Type = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "UNKNOWN"] = 0;
                    values[valuesById[1] = "VALUE"] = 1;
                    values[valuesById[2] = "SECRET"] = 2;
                    return values;
                })();

                return Variable;
            })();

            return Environment;
        })();

        v1.Secret = (function() {

            const Secret = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Secret.prototype.type = null;
            Secret.prototype.reference = null;
            Secret.prototype.value = null;

            Secret.create = function(properties) {
                return new Secret(properties);
            };

            Secret.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    writer.uint32(8).int32(message.type);
                if (message.reference != null && $Object.hasOwnProperty.call(message, "reference"))
                    $root.mesos.v1.Secret.Reference.encode(message.reference, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    $root.mesos.v1.Secret.Value.encode(message.value, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Secret.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.v1.Secret();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            value = reader.int32();
                            if ($root.mesos.v1.Secret.Type[value] !== $undefined)
                                message.type = value;
                            else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.reference = $root.mesos.v1.Secret.Reference.decode(reader, reader.size(), $undefined, _depth + 1, message.reference);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.value = $root.mesos.v1.Secret.Value.decode(reader, reader.size(), $undefined, _depth + 1, message.value);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Secret.Type = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "UNKNOWN"] = 0;
                values[valuesById[1] = "REFERENCE"] = 1;
                values[valuesById[2] = "VALUE"] = 2;
                return values;
            })();

            Secret.Reference = (function() {

                const Reference = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Reference.prototype.name = "";
                Reference.prototype.key = null;

                Reference.create = function(properties) {
                    return new Reference(properties);
                };

                Reference.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    writer.uint32(10).string(message.name);
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        writer.uint32(18).string(message.key);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Reference.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mesos.v1.Secret.Reference();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.name = reader.string();
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.key = reader.string();
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    if (!$Object.hasOwnProperty.call(message, "name"))
                        throw $util.ProtocolError("missing required 'name'", { instance: message });
                    return message;
                };

                return Reference;
            })();

            Secret.Value = (function() {

                const Value = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Value.prototype.data = $util.newBuffer([]);

                Value.create = function(properties) {
                    return new Value(properties);
                };

                Value.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    writer.uint32(10).bytes(message.data);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Value.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mesos.v1.Secret.Value();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.data = reader.bytes();
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    if (!$Object.hasOwnProperty.call(message, "data"))
                        throw $util.ProtocolError("missing required 'data'", { instance: message });
                    return message;
                };

                return Value;
            })();

            return Secret;
        })();

        v1.HealthCheck = (function() {

            const HealthCheck = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            HealthCheck.prototype.delay_seconds = null;
            HealthCheck.prototype.interval_seconds = null;
            HealthCheck.prototype.timeout_seconds = null;
            HealthCheck.prototype.consecutive_failures = null;
            HealthCheck.prototype.grace_period_seconds = null;
            HealthCheck.prototype.type = null;
            HealthCheck.prototype.command = null;
            HealthCheck.prototype.http = null;
            HealthCheck.prototype.tcp = null;

            HealthCheck.create = function(properties) {
                return new HealthCheck(properties);
            };

            HealthCheck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.http != null && $Object.hasOwnProperty.call(message, "http"))
                    $root.mesos.v1.HealthCheck.HTTPCheckInfo.encode(message.http, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.delay_seconds != null && $Object.hasOwnProperty.call(message, "delay_seconds"))
                    writer.uint32(17).double(message.delay_seconds);
                if (message.interval_seconds != null && $Object.hasOwnProperty.call(message, "interval_seconds"))
                    writer.uint32(25).double(message.interval_seconds);
                if (message.timeout_seconds != null && $Object.hasOwnProperty.call(message, "timeout_seconds"))
                    writer.uint32(33).double(message.timeout_seconds);
                if (message.consecutive_failures != null && $Object.hasOwnProperty.call(message, "consecutive_failures"))
                    writer.uint32(40).uint32(message.consecutive_failures);
                if (message.grace_period_seconds != null && $Object.hasOwnProperty.call(message, "grace_period_seconds"))
                    writer.uint32(49).double(message.grace_period_seconds);
                if (message.command != null && $Object.hasOwnProperty.call(message, "command"))
                    $root.mesos.v1.CommandInfo.encode(message.command, writer.uint32(58).fork(), _depth + 1).ldelim();
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    writer.uint32(64).int32(message.type);
                if (message.tcp != null && $Object.hasOwnProperty.call(message, "tcp"))
                    $root.mesos.v1.HealthCheck.TCPCheckInfo.encode(message.tcp, writer.uint32(74).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            HealthCheck.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.v1.HealthCheck();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 2: {
                            if (wireType !== 1)
                                break;
                            message.delay_seconds = reader.double();
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            message.interval_seconds = reader.double();
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            message.timeout_seconds = reader.double();
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            message.consecutive_failures = reader.uint32();
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            message.grace_period_seconds = reader.double();
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            value = reader.int32();
                            if ($root.mesos.v1.HealthCheck.Type[value] !== $undefined)
                                message.type = value;
                            else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.command = $root.mesos.v1.CommandInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.command);
                            continue;
                        }
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.http = $root.mesos.v1.HealthCheck.HTTPCheckInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.http);
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.tcp = $root.mesos.v1.HealthCheck.TCPCheckInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.tcp);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            HealthCheck.Type = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "UNKNOWN"] = 0;
                values[valuesById[1] = "COMMAND"] = 1;
                values[valuesById[2] = "HTTP"] = 2;
                values[valuesById[3] = "TCP"] = 3;
                return values;
            })();

            HealthCheck.HTTPCheckInfo = (function() {

                const HTTPCheckInfo = function (properties) {
                    this.statuses = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                HTTPCheckInfo.prototype.protocol = null;
                HTTPCheckInfo.prototype.scheme = null;
                HTTPCheckInfo.prototype.port = 0;
                HTTPCheckInfo.prototype.path = null;
                HTTPCheckInfo.prototype.statuses = $util.emptyArray;

                HTTPCheckInfo.create = function(properties) {
                    return new HTTPCheckInfo(properties);
                };

                HTTPCheckInfo.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    writer.uint32(8).uint32(message.port);
                    if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                        writer.uint32(18).string(message.path);
                    if (message.scheme != null && $Object.hasOwnProperty.call(message, "scheme"))
                        writer.uint32(26).string(message.scheme);
                    if (message.statuses != null && message.statuses.length)
                        for (let i = 0; i < message.statuses.length; ++i)
                            writer.uint32(32).uint32(message.statuses[i]);
                    if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol"))
                        writer.uint32(40).int32(message.protocol);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                HTTPCheckInfo.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mesos.v1.HealthCheck.HTTPCheckInfo();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                value = reader.int32();
                                if ($root.mesos.v1.NetworkInfo.Protocol[value] !== $undefined)
                                    message.protocol = value;
                                else if (!reader.discardUnknown) {
                                    $util.makeProp(message, "$unknowns", false);
                                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                                }
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.scheme = reader.string();
                                continue;
                            }
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                message.port = reader.uint32();
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.path = reader.string();
                                continue;
                            }
                        case 4: {
                                if (wireType === 2) {
                                    if (!(message.statuses && message.statuses.length))
                                        message.statuses = [];
                                    reader.uint32s(message.statuses);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.statuses && message.statuses.length))
                                    message.statuses = [];
                                message.statuses.push(reader.uint32());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    if (!$Object.hasOwnProperty.call(message, "port"))
                        throw $util.ProtocolError("missing required 'port'", { instance: message });
                    return message;
                };

                return HTTPCheckInfo;
            })();

            HealthCheck.TCPCheckInfo = (function() {

                const TCPCheckInfo = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                TCPCheckInfo.prototype.protocol = null;
                TCPCheckInfo.prototype.port = 0;

                TCPCheckInfo.create = function(properties) {
                    return new TCPCheckInfo(properties);
                };

                TCPCheckInfo.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    writer.uint32(8).uint32(message.port);
                    if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol"))
                        writer.uint32(16).int32(message.protocol);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                TCPCheckInfo.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mesos.v1.HealthCheck.TCPCheckInfo();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                value = reader.int32();
                                if ($root.mesos.v1.NetworkInfo.Protocol[value] !== $undefined)
                                    message.protocol = value;
                                else if (!reader.discardUnknown) {
                                    $util.makeProp(message, "$unknowns", false);
                                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                                }
                                continue;
                            }
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                message.port = reader.uint32();
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    if (!$Object.hasOwnProperty.call(message, "port"))
                        throw $util.ProtocolError("missing required 'port'", { instance: message });
                    return message;
                };

                return TCPCheckInfo;
            })();

            return HealthCheck;
        })();

        v1.CheckInfo = (function() {

            const CheckInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            CheckInfo.prototype.type = null;
            CheckInfo.prototype.command = null;
            CheckInfo.prototype.http = null;
            CheckInfo.prototype.tcp = null;
            CheckInfo.prototype.delay_seconds = null;
            CheckInfo.prototype.interval_seconds = null;
            CheckInfo.prototype.timeout_seconds = null;

            CheckInfo.create = function(properties) {
                return new CheckInfo(properties);
            };

            CheckInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    writer.uint32(8).int32(message.type);
                if (message.command != null && $Object.hasOwnProperty.call(message, "command"))
                    $root.mesos.v1.CheckInfo.Command.encode(message.command, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.http != null && $Object.hasOwnProperty.call(message, "http"))
                    $root.mesos.v1.CheckInfo.Http.encode(message.http, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.delay_seconds != null && $Object.hasOwnProperty.call(message, "delay_seconds"))
                    writer.uint32(33).double(message.delay_seconds);
                if (message.interval_seconds != null && $Object.hasOwnProperty.call(message, "interval_seconds"))
                    writer.uint32(41).double(message.interval_seconds);
                if (message.timeout_seconds != null && $Object.hasOwnProperty.call(message, "timeout_seconds"))
                    writer.uint32(49).double(message.timeout_seconds);
                if (message.tcp != null && $Object.hasOwnProperty.call(message, "tcp"))
                    $root.mesos.v1.CheckInfo.Tcp.encode(message.tcp, writer.uint32(58).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            CheckInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.v1.CheckInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            value = reader.int32();
                            if ($root.mesos.v1.CheckInfo.Type[value] !== $undefined)
                                message.type = value;
                            else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.command = $root.mesos.v1.CheckInfo.Command.decode(reader, reader.size(), $undefined, _depth + 1, message.command);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.http = $root.mesos.v1.CheckInfo.Http.decode(reader, reader.size(), $undefined, _depth + 1, message.http);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.tcp = $root.mesos.v1.CheckInfo.Tcp.decode(reader, reader.size(), $undefined, _depth + 1, message.tcp);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            message.delay_seconds = reader.double();
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            message.interval_seconds = reader.double();
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            message.timeout_seconds = reader.double();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            CheckInfo.Type = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "UNKNOWN"] = 0;
                values[valuesById[1] = "COMMAND"] = 1;
                values[valuesById[2] = "HTTP"] = 2;
                values[valuesById[3] = "TCP"] = 3;
                return values;
            })();

            CheckInfo.Command = (function() {

                const Command = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Command.prototype.command = null;

                Command.create = function(properties) {
                    return new Command(properties);
                };

                Command.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    $root.mesos.v1.CommandInfo.encode(message.command, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Command.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mesos.v1.CheckInfo.Command();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.command = $root.mesos.v1.CommandInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.command);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    if (!$Object.hasOwnProperty.call(message, "command"))
                        throw $util.ProtocolError("missing required 'command'", { instance: message });
                    return message;
                };

                return Command;
            })();

            CheckInfo.Http = (function() {

                const Http = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Http.prototype.port = 0;
                Http.prototype.path = null;

                Http.create = function(properties) {
                    return new Http(properties);
                };

                Http.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    writer.uint32(8).uint32(message.port);
                    if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                        writer.uint32(18).string(message.path);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Http.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mesos.v1.CheckInfo.Http();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                message.port = reader.uint32();
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.path = reader.string();
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    if (!$Object.hasOwnProperty.call(message, "port"))
                        throw $util.ProtocolError("missing required 'port'", { instance: message });
                    return message;
                };

                return Http;
            })();

            CheckInfo.Tcp = (function() {

                const Tcp = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Tcp.prototype.port = 0;

                Tcp.create = function(properties) {
                    return new Tcp(properties);
                };

                Tcp.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    writer.uint32(8).uint32(message.port);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Tcp.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mesos.v1.CheckInfo.Tcp();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                message.port = reader.uint32();
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    if (!$Object.hasOwnProperty.call(message, "port"))
                        throw $util.ProtocolError("missing required 'port'", { instance: message });
                    return message;
                };

                return Tcp;
            })();

            return CheckInfo;
        })();

        v1.CheckStatusInfo = (function() {

            const CheckStatusInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            CheckStatusInfo.prototype.type = null;
            CheckStatusInfo.prototype.command = null;
            CheckStatusInfo.prototype.http = null;
            CheckStatusInfo.prototype.tcp = null;

            CheckStatusInfo.create = function(properties) {
                return new CheckStatusInfo(properties);
            };

            CheckStatusInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    writer.uint32(8).int32(message.type);
                if (message.command != null && $Object.hasOwnProperty.call(message, "command"))
                    $root.mesos.v1.CheckStatusInfo.Command.encode(message.command, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.http != null && $Object.hasOwnProperty.call(message, "http"))
                    $root.mesos.v1.CheckStatusInfo.Http.encode(message.http, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.tcp != null && $Object.hasOwnProperty.call(message, "tcp"))
                    $root.mesos.v1.CheckStatusInfo.Tcp.encode(message.tcp, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            CheckStatusInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.v1.CheckStatusInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            value = reader.int32();
                            if ($root.mesos.v1.CheckInfo.Type[value] !== $undefined)
                                message.type = value;
                            else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.command = $root.mesos.v1.CheckStatusInfo.Command.decode(reader, reader.size(), $undefined, _depth + 1, message.command);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.http = $root.mesos.v1.CheckStatusInfo.Http.decode(reader, reader.size(), $undefined, _depth + 1, message.http);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.tcp = $root.mesos.v1.CheckStatusInfo.Tcp.decode(reader, reader.size(), $undefined, _depth + 1, message.tcp);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            CheckStatusInfo.Command = (function() {

                const Command = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Command.prototype.exit_code = null;

                Command.create = function(properties) {
                    return new Command(properties);
                };

                Command.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.exit_code != null && $Object.hasOwnProperty.call(message, "exit_code"))
                        writer.uint32(8).int32(message.exit_code);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Command.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mesos.v1.CheckStatusInfo.Command();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                message.exit_code = reader.int32();
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return Command;
            })();

            CheckStatusInfo.Http = (function() {

                const Http = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Http.prototype.status_code = null;

                Http.create = function(properties) {
                    return new Http(properties);
                };

                Http.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.status_code != null && $Object.hasOwnProperty.call(message, "status_code"))
                        writer.uint32(8).uint32(message.status_code);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Http.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mesos.v1.CheckStatusInfo.Http();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                message.status_code = reader.uint32();
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return Http;
            })();

            CheckStatusInfo.Tcp = (function() {

                const Tcp = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Tcp.prototype.succeeded = null;

                Tcp.create = function(properties) {
                    return new Tcp(properties);
                };

                Tcp.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.succeeded != null && $Object.hasOwnProperty.call(message, "succeeded"))
                        writer.uint32(8).bool(message.succeeded);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Tcp.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mesos.v1.CheckStatusInfo.Tcp();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                message.succeeded = reader.bool();
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return Tcp;
            })();

            return CheckStatusInfo;
        })();

        v1.TaskState = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[6] = "TASK_STAGING"] = 6;
            values[valuesById[0] = "TASK_STARTING"] = 0;
            values[valuesById[1] = "TASK_RUNNING"] = 1;
            values[valuesById[8] = "TASK_KILLING"] = 8;
            values[valuesById[2] = "TASK_FINISHED"] = 2;
            values[valuesById[3] = "TASK_FAILED"] = 3;
            values[valuesById[4] = "TASK_KILLED"] = 4;
            values[valuesById[7] = "TASK_ERROR"] = 7;
            values[valuesById[5] = "TASK_LOST"] = 5;
            values[valuesById[9] = "TASK_DROPPED"] = 9;
            values[valuesById[10] = "TASK_UNREACHABLE"] = 10;
            values[valuesById[11] = "TASK_GONE"] = 11;
            values[valuesById[12] = "TASK_GONE_BY_OPERATOR"] = 12;
            values[valuesById[13] = "TASK_UNKNOWN"] = 13;
            return values;
        })();

        v1.TaskStatus = (function() {

            const TaskStatus = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            TaskStatus.prototype.task_id = null;
            TaskStatus.prototype.state = 6;
            TaskStatus.prototype.message = null;
            TaskStatus.prototype.source = null;
            TaskStatus.prototype.reason = null;
            TaskStatus.prototype.data = null;
            TaskStatus.prototype.agent_id = null;
            TaskStatus.prototype.executor_id = null;
            TaskStatus.prototype.timestamp = null;
            TaskStatus.prototype.uuid = null;
            TaskStatus.prototype.healthy = null;
            TaskStatus.prototype.check_status = null;
            TaskStatus.prototype.labels = null;
            TaskStatus.prototype.container_status = null;
            TaskStatus.prototype.unreachable_time = null;
            TaskStatus.prototype.limitation = null;

            TaskStatus.create = function(properties) {
                return new TaskStatus(properties);
            };

            TaskStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                $root.mesos.v1.TaskID.encode(message.task_id, writer.uint32(10).fork(), _depth + 1).ldelim();
                writer.uint32(16).int32(message.state);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    writer.uint32(26).bytes(message.data);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    writer.uint32(34).string(message.message);
                if (message.agent_id != null && $Object.hasOwnProperty.call(message, "agent_id"))
                    $root.mesos.v1.AgentID.encode(message.agent_id, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                    writer.uint32(49).double(message.timestamp);
                if (message.executor_id != null && $Object.hasOwnProperty.call(message, "executor_id"))
                    $root.mesos.v1.ExecutorID.encode(message.executor_id, writer.uint32(58).fork(), _depth + 1).ldelim();
                if (message.healthy != null && $Object.hasOwnProperty.call(message, "healthy"))
                    writer.uint32(64).bool(message.healthy);
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    writer.uint32(72).int32(message.source);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    writer.uint32(80).int32(message.reason);
                if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid"))
                    writer.uint32(90).bytes(message.uuid);
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                    $root.mesos.v1.Labels.encode(message.labels, writer.uint32(98).fork(), _depth + 1).ldelim();
                if (message.container_status != null && $Object.hasOwnProperty.call(message, "container_status"))
                    $root.mesos.v1.ContainerStatus.encode(message.container_status, writer.uint32(106).fork(), _depth + 1).ldelim();
                if (message.unreachable_time != null && $Object.hasOwnProperty.call(message, "unreachable_time"))
                    $root.mesos.v1.TimeInfo.encode(message.unreachable_time, writer.uint32(114).fork(), _depth + 1).ldelim();
                if (message.check_status != null && $Object.hasOwnProperty.call(message, "check_status"))
                    $root.mesos.v1.CheckStatusInfo.encode(message.check_status, writer.uint32(122).fork(), _depth + 1).ldelim();
                if (message.limitation != null && $Object.hasOwnProperty.call(message, "limitation"))
                    $root.mesos.v1.TaskResourceLimitation.encode(message.limitation, writer.uint32(130).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            TaskStatus.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.v1.TaskStatus();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.task_id = $root.mesos.v1.TaskID.decode(reader, reader.size(), $undefined, _depth + 1, message.task_id);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            value = reader.int32();
                            if ($root.mesos.v1.TaskState[value] !== $undefined)
                                message.state = value;
                            else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.message = reader.string();
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            value = reader.int32();
                            if ($root.mesos.v1.TaskStatus.Source[value] !== $undefined)
                                message.source = value;
                            else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            value = reader.int32();
                            if ($root.mesos.v1.TaskStatus.Reason[value] !== $undefined)
                                message.reason = value;
                            else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.data = reader.bytes();
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.agent_id = $root.mesos.v1.AgentID.decode(reader, reader.size(), $undefined, _depth + 1, message.agent_id);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.executor_id = $root.mesos.v1.ExecutorID.decode(reader, reader.size(), $undefined, _depth + 1, message.executor_id);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            message.timestamp = reader.double();
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.uuid = reader.bytes();
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            message.healthy = reader.bool();
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.check_status = $root.mesos.v1.CheckStatusInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.check_status);
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.labels = $root.mesos.v1.Labels.decode(reader, reader.size(), $undefined, _depth + 1, message.labels);
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.container_status = $root.mesos.v1.ContainerStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.container_status);
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.unreachable_time = $root.mesos.v1.TimeInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.unreachable_time);
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.limitation = $root.mesos.v1.TaskResourceLimitation.decode(reader, reader.size(), $undefined, _depth + 1, message.limitation);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(message, "task_id"))
                    throw $util.ProtocolError("missing required 'task_id'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "state"))
                    throw $util.ProtocolError("missing required 'state'", { instance: message });
                return message;
            };

            TaskStatus.Source = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "SOURCE_MASTER"] = 0;
                values[valuesById[1] = "SOURCE_AGENT"] = 1;
                values[valuesById[2] = "SOURCE_EXECUTOR"] = 2;
                return values;
            })();

            TaskStatus.Reason = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "REASON_COMMAND_EXECUTOR_FAILED"] = 0;
                values[valuesById[1] = "REASON_EXECUTOR_TERMINATED"] = 1;
                values[valuesById[2] = "REASON_EXECUTOR_UNREGISTERED"] = 2;
                values[valuesById[3] = "REASON_FRAMEWORK_REMOVED"] = 3;
                values[valuesById[4] = "REASON_GC_ERROR"] = 4;
                values[valuesById[5] = "REASON_INVALID_FRAMEWORKID"] = 5;
                values[valuesById[6] = "REASON_INVALID_OFFERS"] = 6;
                values[valuesById[7] = "REASON_MASTER_DISCONNECTED"] = 7;
                values[valuesById[8] = "REASON_CONTAINER_LIMITATION_MEMORY"] = 8;
                values[valuesById[9] = "REASON_RECONCILIATION"] = 9;
                values[valuesById[10] = "REASON_AGENT_DISCONNECTED"] = 10;
                values[valuesById[11] = "REASON_AGENT_REMOVED"] = 11;
                values[valuesById[12] = "REASON_AGENT_RESTARTED"] = 12;
                values[valuesById[13] = "REASON_AGENT_UNKNOWN"] = 13;
                values[valuesById[14] = "REASON_TASK_INVALID"] = 14;
                values[valuesById[15] = "REASON_TASK_UNAUTHORIZED"] = 15;
                values[valuesById[16] = "REASON_TASK_UNKNOWN"] = 16;
                values[valuesById[17] = "REASON_CONTAINER_PREEMPTED"] = 17;
                values[valuesById[18] = "REASON_RESOURCES_UNKNOWN"] = 18;
                values[valuesById[19] = "REASON_CONTAINER_LIMITATION"] = 19;
                values[valuesById[20] = "REASON_CONTAINER_LIMITATION_DISK"] = 20;
                values[valuesById[21] = "REASON_CONTAINER_LAUNCH_FAILED"] = 21;
                values[valuesById[22] = "REASON_CONTAINER_UPDATE_FAILED"] = 22;
                values[valuesById[23] = "REASON_EXECUTOR_REGISTRATION_TIMEOUT"] = 23;
                values[valuesById[24] = "REASON_EXECUTOR_REREGISTRATION_TIMEOUT"] = 24;
                values[valuesById[25] = "REASON_TASK_GROUP_INVALID"] = 25;
                values[valuesById[26] = "REASON_TASK_GROUP_UNAUTHORIZED"] = 26;
                values[valuesById[27] = "REASON_IO_SWITCHBOARD_EXITED"] = 27;
                values[valuesById[28] = "REASON_TASK_CHECK_STATUS_UPDATED"] = 28;
                values[valuesById[29] = "REASON_TASK_HEALTH_CHECK_STATUS_UPDATED"] = 29;
                values[valuesById[30] = "REASON_TASK_KILLED_DURING_LAUNCH"] = 30;
                values[valuesById[31] = "REASON_AGENT_REMOVED_BY_OPERATOR"] = 31;
                values[valuesById[32] = "REASON_AGENT_REREGISTERED"] = 32;
                values[valuesById[33] = "REASON_MAX_COMPLETION_TIME_REACHED"] = 33;
                values[valuesById[34] = "REASON_AGENT_DRAINING"] = 34;
                return values;
            })();

            return TaskStatus;
        })();

        v1.TaskResourceLimitation = (function() {

            const TaskResourceLimitation = function (properties) {
                this.resources = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            TaskResourceLimitation.prototype.resources = $util.emptyArray;

            TaskResourceLimitation.create = function(properties) {
                return new TaskResourceLimitation(properties);
            };

            TaskResourceLimitation.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.resources != null && message.resources.length)
                    for (let i = 0; i < message.resources.length; ++i)
                        $root.mesos.v1.Resource.encode(message.resources[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            TaskResourceLimitation.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.v1.TaskResourceLimitation();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.resources && message.resources.length))
                                message.resources = [];
                            message.resources.push($root.mesos.v1.Resource.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return TaskResourceLimitation;
        })();

        v1.ContainerStatus = (function() {

            const ContainerStatus = function (properties) {
                this.network_infos = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContainerStatus.prototype.container_id = null;
            ContainerStatus.prototype.network_infos = $util.emptyArray;
            ContainerStatus.prototype.executor_pid = null;

            ContainerStatus.create = function(properties) {
                return new ContainerStatus(properties);
            };

            ContainerStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.network_infos != null && message.network_infos.length)
                    for (let i = 0; i < message.network_infos.length; ++i)
                        $root.mesos.v1.NetworkInfo.encode(message.network_infos[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.executor_pid != null && $Object.hasOwnProperty.call(message, "executor_pid"))
                    writer.uint32(24).uint32(message.executor_pid);
                if (message.container_id != null && $Object.hasOwnProperty.call(message, "container_id"))
                    $root.mesos.v1.ContainerID.encode(message.container_id, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContainerStatus.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.v1.ContainerStatus();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.container_id = $root.mesos.v1.ContainerID.decode(reader, reader.size(), $undefined, _depth + 1, message.container_id);
                            continue;
                        }
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.network_infos && message.network_infos.length))
                                message.network_infos = [];
                            message.network_infos.push($root.mesos.v1.NetworkInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.executor_pid = reader.uint32();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ContainerStatus;
        })();

        v1.NetworkInfo = (function() {

            const NetworkInfo = function (properties) {
                this.ip_addresses = [];
                this.groups = [];
                this.port_mappings = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            NetworkInfo.prototype.ip_addresses = $util.emptyArray;
            NetworkInfo.prototype.name = null;
            NetworkInfo.prototype.groups = $util.emptyArray;
            NetworkInfo.prototype.labels = null;
            NetworkInfo.prototype.port_mappings = $util.emptyArray;

            NetworkInfo.create = function(properties) {
                return new NetworkInfo(properties);
            };

            NetworkInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.groups != null && message.groups.length)
                    for (let i = 0; i < message.groups.length; ++i)
                        writer.uint32(26).string(message.groups[i]);
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                    $root.mesos.v1.Labels.encode(message.labels, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.ip_addresses != null && message.ip_addresses.length)
                    for (let i = 0; i < message.ip_addresses.length; ++i)
                        $root.mesos.v1.NetworkInfo.IPAddress.encode(message.ip_addresses[i], writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(50).string(message.name);
                if (message.port_mappings != null && message.port_mappings.length)
                    for (let i = 0; i < message.port_mappings.length; ++i)
                        $root.mesos.v1.NetworkInfo.PortMapping.encode(message.port_mappings[i], writer.uint32(58).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            NetworkInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.v1.NetworkInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.ip_addresses && message.ip_addresses.length))
                                message.ip_addresses = [];
                            message.ip_addresses.push($root.mesos.v1.NetworkInfo.IPAddress.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.name = reader.string();
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.groups && message.groups.length))
                                message.groups = [];
                            message.groups.push(reader.string());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.labels = $root.mesos.v1.Labels.decode(reader, reader.size(), $undefined, _depth + 1, message.labels);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.port_mappings && message.port_mappings.length))
                                message.port_mappings = [];
                            message.port_mappings.push($root.mesos.v1.NetworkInfo.PortMapping.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            NetworkInfo.Protocol = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[1] = "IPv4"] = 1;
                values[valuesById[2] = "IPv6"] = 2;
                return values;
            })();

            NetworkInfo.IPAddress = (function() {

                const IPAddress = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                IPAddress.prototype.protocol = null;
                IPAddress.prototype.ip_address = null;

                IPAddress.create = function(properties) {
                    return new IPAddress(properties);
                };

                IPAddress.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol"))
                        writer.uint32(8).int32(message.protocol);
                    if (message.ip_address != null && $Object.hasOwnProperty.call(message, "ip_address"))
                        writer.uint32(18).string(message.ip_address);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                IPAddress.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mesos.v1.NetworkInfo.IPAddress();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                value = reader.int32();
                                if ($root.mesos.v1.NetworkInfo.Protocol[value] !== $undefined)
                                    message.protocol = value;
                                else if (!reader.discardUnknown) {
                                    $util.makeProp(message, "$unknowns", false);
                                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                                }
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.ip_address = reader.string();
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return IPAddress;
            })();

            NetworkInfo.PortMapping = (function() {

                const PortMapping = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                PortMapping.prototype.host_port = 0;
                PortMapping.prototype.container_port = 0;
                PortMapping.prototype.protocol = null;

                PortMapping.create = function(properties) {
                    return new PortMapping(properties);
                };

                PortMapping.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    writer.uint32(8).uint32(message.host_port);
                    writer.uint32(16).uint32(message.container_port);
                    if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol"))
                        writer.uint32(26).string(message.protocol);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                PortMapping.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mesos.v1.NetworkInfo.PortMapping();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                message.host_port = reader.uint32();
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                message.container_port = reader.uint32();
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.protocol = reader.string();
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    if (!$Object.hasOwnProperty.call(message, "host_port"))
                        throw $util.ProtocolError("missing required 'host_port'", { instance: message });
                    if (!$Object.hasOwnProperty.call(message, "container_port"))
                        throw $util.ProtocolError("missing required 'container_port'", { instance: message });
                    return message;
                };

                return PortMapping;
            })();

            return NetworkInfo;
        })();

        v1.Task = (function() {

            const Task = function (properties) {
                this.resources = [];
                this.limits = {};
                this.statuses = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Task.prototype.name = "";
            Task.prototype.task_id = null;
            Task.prototype.framework_id = null;
            Task.prototype.executor_id = null;
            Task.prototype.agent_id = null;
            Task.prototype.state = 6;
            Task.prototype.resources = $util.emptyArray;
            Task.prototype.limits = $util.emptyObject;
            Task.prototype.statuses = $util.emptyArray;
            Task.prototype.status_update_state = null;
            Task.prototype.status_update_uuid = null;
            Task.prototype.labels = null;
            Task.prototype.user = null;
            Task.prototype.health_check = null;
            Task.prototype.kill_policy = null;

            Task.create = function(properties) {
                return new Task(properties);
            };

            Task.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(10).string(message.name);
                $root.mesos.v1.TaskID.encode(message.task_id, writer.uint32(18).fork(), _depth + 1).ldelim();
                $root.mesos.v1.FrameworkID.encode(message.framework_id, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.executor_id != null && $Object.hasOwnProperty.call(message, "executor_id"))
                    $root.mesos.v1.ExecutorID.encode(message.executor_id, writer.uint32(34).fork(), _depth + 1).ldelim();
                $root.mesos.v1.AgentID.encode(message.agent_id, writer.uint32(42).fork(), _depth + 1).ldelim();
                writer.uint32(48).int32(message.state);
                if (message.resources != null && message.resources.length)
                    for (let i = 0; i < message.resources.length; ++i)
                        $root.mesos.v1.Resource.encode(message.resources[i], writer.uint32(58).fork(), _depth + 1).ldelim();
                if (message.statuses != null && message.statuses.length)
                    for (let i = 0; i < message.statuses.length; ++i)
                        $root.mesos.v1.TaskStatus.encode(message.statuses[i], writer.uint32(66).fork(), _depth + 1).ldelim();
                if (message.status_update_state != null && $Object.hasOwnProperty.call(message, "status_update_state"))
                    writer.uint32(72).int32(message.status_update_state);
                if (message.status_update_uuid != null && $Object.hasOwnProperty.call(message, "status_update_uuid"))
                    writer.uint32(82).bytes(message.status_update_uuid);
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                    $root.mesos.v1.Labels.encode(message.labels, writer.uint32(90).fork(), _depth + 1).ldelim();
                if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                    writer.uint32(114).string(message.user);
                if (message.health_check != null && $Object.hasOwnProperty.call(message, "health_check"))
                    $root.mesos.v1.HealthCheck.encode(message.health_check, writer.uint32(122).fork(), _depth + 1).ldelim();
                if (message.kill_policy != null && $Object.hasOwnProperty.call(message, "kill_policy"))
                    $root.mesos.v1.KillPolicy.encode(message.kill_policy, writer.uint32(130).fork(), _depth + 1).ldelim();
                if (message.limits != null && $Object.hasOwnProperty.call(message, "limits"))
                    for (let keys = $Object.keys(message.limits), i = 0; i < keys.length; ++i) {
                        writer.uint32(138).fork().uint32(10).string(keys[i]);
                        $root.mesos.v1.Value.Scalar.encode(message.limits[keys[i]], writer.uint32(18).fork(), _depth + 1).ldelim().ldelim();
                    }
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Task.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mesos.v1.Task();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.name = reader.string();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.task_id = $root.mesos.v1.TaskID.decode(reader, reader.size(), $undefined, _depth + 1, message.task_id);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.framework_id = $root.mesos.v1.FrameworkID.decode(reader, reader.size(), $undefined, _depth + 1, message.framework_id);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.executor_id = $root.mesos.v1.ExecutorID.decode(reader, reader.size(), $undefined, _depth + 1, message.executor_id);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.agent_id = $root.mesos.v1.AgentID.decode(reader, reader.size(), $undefined, _depth + 1, message.agent_id);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            value = reader.int32();
                            if ($root.mesos.v1.TaskState[value] !== $undefined)
                                message.state = value;
                            else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.resources && message.resources.length))
                                message.resources = [];
                            message.resources.push($root.mesos.v1.Resource.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            if (message.limits === $util.emptyObject)
                                message.limits = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.string();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = $root.mesos.v1.Value.Scalar.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.limits, key);
                            message.limits[key] = value || new $root.mesos.v1.Value.Scalar();
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.statuses && message.statuses.length))
                                message.statuses = [];
                            message.statuses.push($root.mesos.v1.TaskStatus.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            value = reader.int32();
                            if ($root.mesos.v1.TaskState[value] !== $undefined)
                                message.status_update_state = value;
                            else if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.status_update_uuid = reader.bytes();
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.labels = $root.mesos.v1.Labels.decode(reader, reader.size(), $undefined, _depth + 1, message.labels);
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.user = reader.string();
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.health_check = $root.mesos.v1.HealthCheck.decode(reader, reader.size(), $undefined, _depth + 1, message.health_check);
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.kill_policy = $root.mesos.v1.KillPolicy.decode(reader, reader.size(), $undefined, _depth + 1, message.kill_policy);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(message, "name"))
                    throw $util.ProtocolError("missing required 'name'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "task_id"))
                    throw $util.ProtocolError("missing required 'task_id'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "framework_id"))
                    throw $util.ProtocolError("missing required 'framework_id'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "agent_id"))
                    throw $util.ProtocolError("missing required 'agent_id'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "state"))
                    throw $util.ProtocolError("missing required 'state'", { instance: message });
                return message;
            };

            return Task;
        })();

        v1.executor = (function() {

            const executor = {};

            executor.Event = (function() {

                const Event = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Event.prototype.type = null;
                Event.prototype.subscribed = null;
                Event.prototype.acknowledged = null;
                Event.prototype.launch = null;
                Event.prototype.launch_group = null;
                Event.prototype.kill = null;
                Event.prototype.message = null;
                Event.prototype.error = null;

                Event.create = function(properties) {
                    return new Event(properties);
                };

                Event.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        writer.uint32(8).int32(message.type);
                    if (message.subscribed != null && $Object.hasOwnProperty.call(message, "subscribed"))
                        $root.mesos.v1.executor.Event.Subscribed.encode(message.subscribed, writer.uint32(18).fork(), _depth + 1).ldelim();
                    if (message.acknowledged != null && $Object.hasOwnProperty.call(message, "acknowledged"))
                        $root.mesos.v1.executor.Event.Acknowledged.encode(message.acknowledged, writer.uint32(26).fork(), _depth + 1).ldelim();
                    if (message.launch != null && $Object.hasOwnProperty.call(message, "launch"))
                        $root.mesos.v1.executor.Event.Launch.encode(message.launch, writer.uint32(34).fork(), _depth + 1).ldelim();
                    if (message.kill != null && $Object.hasOwnProperty.call(message, "kill"))
                        $root.mesos.v1.executor.Event.Kill.encode(message.kill, writer.uint32(42).fork(), _depth + 1).ldelim();
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                        $root.mesos.v1.executor.Event.Message.encode(message.message, writer.uint32(50).fork(), _depth + 1).ldelim();
                    if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                        $root.mesos.v1.executor.Event.Error.encode(message.error, writer.uint32(58).fork(), _depth + 1).ldelim();
                    if (message.launch_group != null && $Object.hasOwnProperty.call(message, "launch_group"))
                        $root.mesos.v1.executor.Event.LaunchGroup.encode(message.launch_group, writer.uint32(66).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Event.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mesos.v1.executor.Event();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                value = reader.int32();
                                if ($root.mesos.v1.executor.Event.Type[value] !== $undefined)
                                    message.type = value;
                                else if (!reader.discardUnknown) {
                                    $util.makeProp(message, "$unknowns", false);
                                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                                }
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.subscribed = $root.mesos.v1.executor.Event.Subscribed.decode(reader, reader.size(), $undefined, _depth + 1, message.subscribed);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.acknowledged = $root.mesos.v1.executor.Event.Acknowledged.decode(reader, reader.size(), $undefined, _depth + 1, message.acknowledged);
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.launch = $root.mesos.v1.executor.Event.Launch.decode(reader, reader.size(), $undefined, _depth + 1, message.launch);
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                message.launch_group = $root.mesos.v1.executor.Event.LaunchGroup.decode(reader, reader.size(), $undefined, _depth + 1, message.launch_group);
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.kill = $root.mesos.v1.executor.Event.Kill.decode(reader, reader.size(), $undefined, _depth + 1, message.kill);
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.message = $root.mesos.v1.executor.Event.Message.decode(reader, reader.size(), $undefined, _depth + 1, message.message);
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                message.error = $root.mesos.v1.executor.Event.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Event.Type = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "UNKNOWN"] = 0;
                    values[valuesById[1] = "SUBSCRIBED"] = 1;
                    values[valuesById[2] = "LAUNCH"] = 2;
                    values[valuesById[8] = "LAUNCH_GROUP"] = 8;
                    values[valuesById[3] = "KILL"] = 3;
                    values[valuesById[4] = "ACKNOWLEDGED"] = 4;
                    values[valuesById[5] = "MESSAGE"] = 5;
                    values[valuesById[6] = "ERROR"] = 6;
                    values[valuesById[7] = "SHUTDOWN"] = 7;
                    values[valuesById[9] = "HEARTBEAT"] = 9;
                    return values;
                })();

                Event.Subscribed = (function() {

                    const Subscribed = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    Subscribed.prototype.executor_info = null;
                    Subscribed.prototype.framework_info = null;
                    Subscribed.prototype.agent_info = null;
                    Subscribed.prototype.container_id = null;

                    Subscribed.create = function(properties) {
                        return new Subscribed(properties);
                    };

                    Subscribed.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        $root.mesos.v1.ExecutorInfo.encode(message.executor_info, writer.uint32(10).fork(), _depth + 1).ldelim();
                        $root.mesos.v1.FrameworkInfo.encode(message.framework_info, writer.uint32(18).fork(), _depth + 1).ldelim();
                        $root.mesos.v1.AgentInfo.encode(message.agent_info, writer.uint32(26).fork(), _depth + 1).ldelim();
                        if (message.container_id != null && $Object.hasOwnProperty.call(message, "container_id"))
                            $root.mesos.v1.ContainerID.encode(message.container_id, writer.uint32(34).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    Subscribed.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.mesos.v1.executor.Event.Subscribed();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    message.executor_info = $root.mesos.v1.ExecutorInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.executor_info);
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    message.framework_info = $root.mesos.v1.FrameworkInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.framework_info);
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    message.agent_info = $root.mesos.v1.AgentInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.agent_info);
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 2)
                                        break;
                                    message.container_id = $root.mesos.v1.ContainerID.decode(reader, reader.size(), $undefined, _depth + 1, message.container_id);
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        if (!$Object.hasOwnProperty.call(message, "executor_info"))
                            throw $util.ProtocolError("missing required 'executor_info'", { instance: message });
                        if (!$Object.hasOwnProperty.call(message, "framework_info"))
                            throw $util.ProtocolError("missing required 'framework_info'", { instance: message });
                        if (!$Object.hasOwnProperty.call(message, "agent_info"))
                            throw $util.ProtocolError("missing required 'agent_info'", { instance: message });
                        return message;
                    };

                    return Subscribed;
                })();

                Event.Launch = (function() {

                    const Launch = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    Launch.prototype.task = null;

                    Launch.create = function(properties) {
                        return new Launch(properties);
                    };

                    Launch.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        $root.mesos.v1.TaskInfo.encode(message.task, writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    Launch.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.mesos.v1.executor.Event.Launch();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    message.task = $root.mesos.v1.TaskInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.task);
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        if (!$Object.hasOwnProperty.call(message, "task"))
                            throw $util.ProtocolError("missing required 'task'", { instance: message });
                        return message;
                    };

                    return Launch;
                })();

                Event.LaunchGroup = (function() {

                    const LaunchGroup = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    LaunchGroup.prototype.task_group = null;

                    LaunchGroup.create = function(properties) {
                        return new LaunchGroup(properties);
                    };

                    LaunchGroup.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        $root.mesos.v1.TaskGroupInfo.encode(message.task_group, writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    LaunchGroup.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.mesos.v1.executor.Event.LaunchGroup();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    message.task_group = $root.mesos.v1.TaskGroupInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.task_group);
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        if (!$Object.hasOwnProperty.call(message, "task_group"))
                            throw $util.ProtocolError("missing required 'task_group'", { instance: message });
                        return message;
                    };

                    return LaunchGroup;
                })();

                Event.Kill = (function() {

                    const Kill = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    Kill.prototype.task_id = null;
                    Kill.prototype.kill_policy = null;

                    Kill.create = function(properties) {
                        return new Kill(properties);
                    };

                    Kill.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        $root.mesos.v1.TaskID.encode(message.task_id, writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.kill_policy != null && $Object.hasOwnProperty.call(message, "kill_policy"))
                            $root.mesos.v1.KillPolicy.encode(message.kill_policy, writer.uint32(18).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    Kill.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.mesos.v1.executor.Event.Kill();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    message.task_id = $root.mesos.v1.TaskID.decode(reader, reader.size(), $undefined, _depth + 1, message.task_id);
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    message.kill_policy = $root.mesos.v1.KillPolicy.decode(reader, reader.size(), $undefined, _depth + 1, message.kill_policy);
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        if (!$Object.hasOwnProperty.call(message, "task_id"))
                            throw $util.ProtocolError("missing required 'task_id'", { instance: message });
                        return message;
                    };

                    return Kill;
                })();

                Event.Acknowledged = (function() {

                    const Acknowledged = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    Acknowledged.prototype.task_id = null;
                    Acknowledged.prototype.uuid = $util.newBuffer([]);

                    Acknowledged.create = function(properties) {
                        return new Acknowledged(properties);
                    };

                    Acknowledged.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        $root.mesos.v1.TaskID.encode(message.task_id, writer.uint32(10).fork(), _depth + 1).ldelim();
                        writer.uint32(18).bytes(message.uuid);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    Acknowledged.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.mesos.v1.executor.Event.Acknowledged();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    message.task_id = $root.mesos.v1.TaskID.decode(reader, reader.size(), $undefined, _depth + 1, message.task_id);
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    message.uuid = reader.bytes();
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        if (!$Object.hasOwnProperty.call(message, "task_id"))
                            throw $util.ProtocolError("missing required 'task_id'", { instance: message });
                        if (!$Object.hasOwnProperty.call(message, "uuid"))
                            throw $util.ProtocolError("missing required 'uuid'", { instance: message });
                        return message;
                    };

                    return Acknowledged;
                })();

                Event.Message = (function() {

                    const Message = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    Message.prototype.data = $util.newBuffer([]);

                    Message.create = function(properties) {
                        return new Message(properties);
                    };

                    Message.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        writer.uint32(10).bytes(message.data);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    Message.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.mesos.v1.executor.Event.Message();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    message.data = reader.bytes();
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        if (!$Object.hasOwnProperty.call(message, "data"))
                            throw $util.ProtocolError("missing required 'data'", { instance: message });
                        return message;
                    };

                    return Message;
                })();

                Event.Error = (function() {

                    const Error = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    Error.prototype.message = "";

                    Error.create = function(properties) {
                        return new Error(properties);
                    };

                    Error.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        writer.uint32(10).string(message.message);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    Error.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.mesos.v1.executor.Event.Error();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    message.message = reader.string();
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        if (!$Object.hasOwnProperty.call(message, "message"))
                            throw $util.ProtocolError("missing required 'message'", { instance: message });
                        return message;
                    };

                    return Error;
                })();

                return Event;
            })();

            executor.Call = (function() {

                const Call = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Call.prototype.executor_id = null;
                Call.prototype.framework_id = null;
                Call.prototype.type = null;
                Call.prototype.subscribe = null;
                Call.prototype.update = null;
                Call.prototype.message = null;

                Call.create = function(properties) {
                    return new Call(properties);
                };

                Call.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    $root.mesos.v1.ExecutorID.encode(message.executor_id, writer.uint32(10).fork(), _depth + 1).ldelim();
                    $root.mesos.v1.FrameworkID.encode(message.framework_id, writer.uint32(18).fork(), _depth + 1).ldelim();
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        writer.uint32(24).int32(message.type);
                    if (message.subscribe != null && $Object.hasOwnProperty.call(message, "subscribe"))
                        $root.mesos.v1.executor.Call.Subscribe.encode(message.subscribe, writer.uint32(34).fork(), _depth + 1).ldelim();
                    if (message.update != null && $Object.hasOwnProperty.call(message, "update"))
                        $root.mesos.v1.executor.Call.Update.encode(message.update, writer.uint32(42).fork(), _depth + 1).ldelim();
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                        $root.mesos.v1.executor.Call.Message.encode(message.message, writer.uint32(50).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Call.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mesos.v1.executor.Call();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.executor_id = $root.mesos.v1.ExecutorID.decode(reader, reader.size(), $undefined, _depth + 1, message.executor_id);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.framework_id = $root.mesos.v1.FrameworkID.decode(reader, reader.size(), $undefined, _depth + 1, message.framework_id);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                value = reader.int32();
                                if ($root.mesos.v1.executor.Call.Type[value] !== $undefined)
                                    message.type = value;
                                else if (!reader.discardUnknown) {
                                    $util.makeProp(message, "$unknowns", false);
                                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                                }
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.subscribe = $root.mesos.v1.executor.Call.Subscribe.decode(reader, reader.size(), $undefined, _depth + 1, message.subscribe);
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.update = $root.mesos.v1.executor.Call.Update.decode(reader, reader.size(), $undefined, _depth + 1, message.update);
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.message = $root.mesos.v1.executor.Call.Message.decode(reader, reader.size(), $undefined, _depth + 1, message.message);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    if (!$Object.hasOwnProperty.call(message, "executor_id"))
                        throw $util.ProtocolError("missing required 'executor_id'", { instance: message });
                    if (!$Object.hasOwnProperty.call(message, "framework_id"))
                        throw $util.ProtocolError("missing required 'framework_id'", { instance: message });
                    return message;
                };

                Call.Type = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "UNKNOWN"] = 0;
                    values[valuesById[1] = "SUBSCRIBE"] = 1;
                    values[valuesById[2] = "UPDATE"] = 2;
                    values[valuesById[3] = "MESSAGE"] = 3;
                    values[valuesById[4] = "HEARTBEAT"] = 4;
                    return values;
                })();

                Call.Subscribe = (function() {

                    const Subscribe = function (properties) {
                        this.unacknowledged_tasks = [];
                        this.unacknowledged_updates = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    Subscribe.prototype.unacknowledged_tasks = $util.emptyArray;
                    Subscribe.prototype.unacknowledged_updates = $util.emptyArray;

                    Subscribe.create = function(properties) {
                        return new Subscribe(properties);
                    };

                    Subscribe.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.unacknowledged_tasks != null && message.unacknowledged_tasks.length)
                            for (let i = 0; i < message.unacknowledged_tasks.length; ++i)
                                $root.mesos.v1.TaskInfo.encode(message.unacknowledged_tasks[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.unacknowledged_updates != null && message.unacknowledged_updates.length)
                            for (let i = 0; i < message.unacknowledged_updates.length; ++i)
                                $root.mesos.v1.executor.Call.Update.encode(message.unacknowledged_updates[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    Subscribe.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.mesos.v1.executor.Call.Subscribe();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.unacknowledged_tasks && message.unacknowledged_tasks.length))
                                        message.unacknowledged_tasks = [];
                                    message.unacknowledged_tasks.push($root.mesos.v1.TaskInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.unacknowledged_updates && message.unacknowledged_updates.length))
                                        message.unacknowledged_updates = [];
                                    message.unacknowledged_updates.push($root.mesos.v1.executor.Call.Update.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    return Subscribe;
                })();

                Call.Update = (function() {

                    const Update = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    Update.prototype.status = null;

                    Update.create = function(properties) {
                        return new Update(properties);
                    };

                    Update.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        $root.mesos.v1.TaskStatus.encode(message.status, writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    Update.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.mesos.v1.executor.Call.Update();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    message.status = $root.mesos.v1.TaskStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        if (!$Object.hasOwnProperty.call(message, "status"))
                            throw $util.ProtocolError("missing required 'status'", { instance: message });
                        return message;
                    };

                    return Update;
                })();

                Call.Message = (function() {

                    const Message = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    Message.prototype.data = $util.newBuffer([]);

                    Message.create = function(properties) {
                        return new Message(properties);
                    };

                    Message.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        writer.uint32(18).bytes(message.data);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    Message.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.mesos.v1.executor.Call.Message();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    message.data = reader.bytes();
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        if (!$Object.hasOwnProperty.call(message, "data"))
                            throw $util.ProtocolError("missing required 'data'", { instance: message });
                        return message;
                    };

                    return Message;
                })();

                return Call;
            })();

            return executor;
        })();

        return v1;
    })();

    return mesos;
})();

export const cmf = $root.cmf = (() => {

    const cmf = {};

    cmf.v1 = (function() {

        const v1 = {};

        v1.NodeConfig = (function() {

            const NodeConfig = function (properties) {
                this.seeds = [];
                this.extra_jvm_opts = [];
                this.yaml_overrides = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            NodeConfig.prototype.cluster_name = "";
            NodeConfig.prototype.node_id = "";
            NodeConfig.prototype.config_version = "";
            NodeConfig.prototype.seeds = $util.emptyArray;
            NodeConfig.prototype.listen_address = "";
            NodeConfig.prototype.ports = null;
            NodeConfig.prototype.dc = "";
            NodeConfig.prototype.rack = "";
            NodeConfig.prototype.snitch = "";
            NodeConfig.prototype.num_tokens = 0;
            NodeConfig.prototype.initial_token = "";
            NodeConfig.prototype.heap_mb = 0;
            NodeConfig.prototype.new_gen_mb = 0;
            NodeConfig.prototype.extra_jvm_opts = $util.emptyArray;
            NodeConfig.prototype.yaml_overrides = $util.emptyObject;
            NodeConfig.prototype.data_dir = "";
            NodeConfig.prototype.distribution_dir = "";
            NodeConfig.prototype.jolokia_agent_path = "";
            NodeConfig.prototype.replace_address = "";
            NodeConfig.prototype.health_interval_ms = 0;
            NodeConfig.prototype.drain_timeout_ms = 0;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(NodeConfig.prototype, "_ports", {
                get: $util.oneOfGetter($oneOfFields = ["ports"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            NodeConfig.create = function(properties) {
                return new NodeConfig(properties);
            };

            NodeConfig.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.cluster_name != null && $Object.hasOwnProperty.call(message, "cluster_name") && message.cluster_name !== "")
                    writer.uint32(10).string(message.cluster_name);
                if (message.node_id != null && $Object.hasOwnProperty.call(message, "node_id") && message.node_id !== "")
                    writer.uint32(18).string(message.node_id);
                if (message.config_version != null && $Object.hasOwnProperty.call(message, "config_version") && message.config_version !== "")
                    writer.uint32(26).string(message.config_version);
                if (message.seeds != null && message.seeds.length)
                    for (let i = 0; i < message.seeds.length; ++i)
                        writer.uint32(34).string(message.seeds[i]);
                if (message.listen_address != null && $Object.hasOwnProperty.call(message, "listen_address") && message.listen_address !== "")
                    writer.uint32(42).string(message.listen_address);
                if (message.ports != null && $Object.hasOwnProperty.call(message, "ports"))
                    $root.cmf.v1.Ports.encode(message.ports, writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.dc != null && $Object.hasOwnProperty.call(message, "dc") && message.dc !== "")
                    writer.uint32(58).string(message.dc);
                if (message.rack != null && $Object.hasOwnProperty.call(message, "rack") && message.rack !== "")
                    writer.uint32(66).string(message.rack);
                if (message.snitch != null && $Object.hasOwnProperty.call(message, "snitch") && message.snitch !== "")
                    writer.uint32(74).string(message.snitch);
                if (message.num_tokens != null && $Object.hasOwnProperty.call(message, "num_tokens") && message.num_tokens !== 0)
                    writer.uint32(80).uint32(message.num_tokens);
                if (message.initial_token != null && $Object.hasOwnProperty.call(message, "initial_token") && message.initial_token !== "")
                    writer.uint32(90).string(message.initial_token);
                if (message.heap_mb != null && $Object.hasOwnProperty.call(message, "heap_mb") && message.heap_mb !== 0)
                    writer.uint32(96).uint32(message.heap_mb);
                if (message.new_gen_mb != null && $Object.hasOwnProperty.call(message, "new_gen_mb") && message.new_gen_mb !== 0)
                    writer.uint32(104).uint32(message.new_gen_mb);
                if (message.extra_jvm_opts != null && message.extra_jvm_opts.length)
                    for (let i = 0; i < message.extra_jvm_opts.length; ++i)
                        writer.uint32(114).string(message.extra_jvm_opts[i]);
                if (message.yaml_overrides != null && $Object.hasOwnProperty.call(message, "yaml_overrides"))
                    for (let keys = $Object.keys(message.yaml_overrides), i = 0; i < keys.length; ++i)
                        writer.uint32(122).fork().uint32(10).string(keys[i]).uint32(18).string(message.yaml_overrides[keys[i]]).ldelim();
                if (message.data_dir != null && $Object.hasOwnProperty.call(message, "data_dir") && message.data_dir !== "")
                    writer.uint32(130).string(message.data_dir);
                if (message.distribution_dir != null && $Object.hasOwnProperty.call(message, "distribution_dir") && message.distribution_dir !== "")
                    writer.uint32(138).string(message.distribution_dir);
                if (message.jolokia_agent_path != null && $Object.hasOwnProperty.call(message, "jolokia_agent_path") && message.jolokia_agent_path !== "")
                    writer.uint32(146).string(message.jolokia_agent_path);
                if (message.replace_address != null && $Object.hasOwnProperty.call(message, "replace_address") && message.replace_address !== "")
                    writer.uint32(154).string(message.replace_address);
                if (message.health_interval_ms != null && $Object.hasOwnProperty.call(message, "health_interval_ms") && message.health_interval_ms !== 0)
                    writer.uint32(160).uint32(message.health_interval_ms);
                if (message.drain_timeout_ms != null && $Object.hasOwnProperty.call(message, "drain_timeout_ms") && message.drain_timeout_ms !== 0)
                    writer.uint32(168).uint32(message.drain_timeout_ms);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            NodeConfig.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cmf.v1.NodeConfig();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cluster_name = value;
                            else
                                delete message.cluster_name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node_id = value;
                            else
                                delete message.node_id;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.config_version = value;
                            else
                                delete message.config_version;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.seeds && message.seeds.length))
                                message.seeds = [];
                            message.seeds.push(reader.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.listen_address = value;
                            else
                                delete message.listen_address;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.ports = $root.cmf.v1.Ports.decode(reader, reader.size(), $undefined, _depth + 1, message.ports);
                            message._ports = "ports";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.dc = value;
                            else
                                delete message.dc;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.rack = value;
                            else
                                delete message.rack;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.snitch = value;
                            else
                                delete message.snitch;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.num_tokens = value;
                            else
                                delete message.num_tokens;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.initial_token = value;
                            else
                                delete message.initial_token;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.heap_mb = value;
                            else
                                delete message.heap_mb;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.new_gen_mb = value;
                            else
                                delete message.new_gen_mb;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if (!(message.extra_jvm_opts && message.extra_jvm_opts.length))
                                message.extra_jvm_opts = [];
                            message.extra_jvm_opts.push(reader.stringVerify());
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            if (message.yaml_overrides === $util.emptyObject)
                                message.yaml_overrides = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.yaml_overrides, key);
                            message.yaml_overrides[key] = value;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.data_dir = value;
                            else
                                delete message.data_dir;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.distribution_dir = value;
                            else
                                delete message.distribution_dir;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.jolokia_agent_path = value;
                            else
                                delete message.jolokia_agent_path;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.replace_address = value;
                            else
                                delete message.replace_address;
                            continue;
                        }
                    case 20: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.health_interval_ms = value;
                            else
                                delete message.health_interval_ms;
                            continue;
                        }
                    case 21: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.drain_timeout_ms = value;
                            else
                                delete message.drain_timeout_ms;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return NodeConfig;
        })();

        v1.Ports = (function() {

            const Ports = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Ports.prototype.storage = 0;
            Ports.prototype.native = 0;
            Ports.prototype.jmx = 0;
            Ports.prototype.jolokia = 0;

            Ports.create = function(properties) {
                return new Ports(properties);
            };

            Ports.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.storage != null && $Object.hasOwnProperty.call(message, "storage") && message.storage !== 0)
                    writer.uint32(8).uint32(message.storage);
                if (message.native != null && $Object.hasOwnProperty.call(message, "native") && message.native !== 0)
                    writer.uint32(16).uint32(message.native);
                if (message.jmx != null && $Object.hasOwnProperty.call(message, "jmx") && message.jmx !== 0)
                    writer.uint32(24).uint32(message.jmx);
                if (message.jolokia != null && $Object.hasOwnProperty.call(message, "jolokia") && message.jolokia !== 0)
                    writer.uint32(32).uint32(message.jolokia);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Ports.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cmf.v1.Ports();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.storage = value;
                            else
                                delete message.storage;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.native = value;
                            else
                                delete message.native;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.jmx = value;
                            else
                                delete message.jmx;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.jolokia = value;
                            else
                                delete message.jolokia;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Ports;
        })();

        v1.NodeHealth = (function() {

            const NodeHealth = function (properties) {
                this.live_nodes = [];
                this.unreachable_nodes = [];
                this.joining_nodes = [];
                this.leaving_nodes = [];
                this.moving_nodes = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            NodeHealth.prototype.probed_at_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            NodeHealth.prototype.problem = "";
            NodeHealth.prototype.config_version = "";
            NodeHealth.prototype.host_id = "";
            NodeHealth.prototype.cassandra_version = "";
            NodeHealth.prototype.operation_mode = "";
            NodeHealth.prototype.joined = false;
            NodeHealth.prototype.native_transport_running = false;
            NodeHealth.prototype.gossip_running = false;
            NodeHealth.prototype.live_nodes = $util.emptyArray;
            NodeHealth.prototype.unreachable_nodes = $util.emptyArray;
            NodeHealth.prototype.joining_nodes = $util.emptyArray;
            NodeHealth.prototype.leaving_nodes = $util.emptyArray;
            NodeHealth.prototype.moving_nodes = $util.emptyArray;
            NodeHealth.prototype.pending_compactions = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            NodeHealth.prototype.dropped_messages = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            NodeHealth.prototype.heap_used_bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            NodeHealth.prototype.heap_max_bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            NodeHealth.prototype.load_bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            NodeHealth.create = function(properties) {
                return new NodeHealth(properties);
            };

            NodeHealth.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.probed_at_ms != null && $Object.hasOwnProperty.call(message, "probed_at_ms") && (typeof message.probed_at_ms === "object" ? message.probed_at_ms.low || message.probed_at_ms.high : message.probed_at_ms !== 0))
                    writer.uint32(8).uint64(message.probed_at_ms);
                if (message.problem != null && $Object.hasOwnProperty.call(message, "problem") && message.problem !== "")
                    writer.uint32(18).string(message.problem);
                if (message.config_version != null && $Object.hasOwnProperty.call(message, "config_version") && message.config_version !== "")
                    writer.uint32(26).string(message.config_version);
                if (message.host_id != null && $Object.hasOwnProperty.call(message, "host_id") && message.host_id !== "")
                    writer.uint32(34).string(message.host_id);
                if (message.cassandra_version != null && $Object.hasOwnProperty.call(message, "cassandra_version") && message.cassandra_version !== "")
                    writer.uint32(42).string(message.cassandra_version);
                if (message.operation_mode != null && $Object.hasOwnProperty.call(message, "operation_mode") && message.operation_mode !== "")
                    writer.uint32(50).string(message.operation_mode);
                if (message.joined != null && $Object.hasOwnProperty.call(message, "joined") && message.joined !== false)
                    writer.uint32(56).bool(message.joined);
                if (message.native_transport_running != null && $Object.hasOwnProperty.call(message, "native_transport_running") && message.native_transport_running !== false)
                    writer.uint32(64).bool(message.native_transport_running);
                if (message.gossip_running != null && $Object.hasOwnProperty.call(message, "gossip_running") && message.gossip_running !== false)
                    writer.uint32(72).bool(message.gossip_running);
                if (message.live_nodes != null && message.live_nodes.length)
                    for (let i = 0; i < message.live_nodes.length; ++i)
                        writer.uint32(82).string(message.live_nodes[i]);
                if (message.unreachable_nodes != null && message.unreachable_nodes.length)
                    for (let i = 0; i < message.unreachable_nodes.length; ++i)
                        writer.uint32(90).string(message.unreachable_nodes[i]);
                if (message.joining_nodes != null && message.joining_nodes.length)
                    for (let i = 0; i < message.joining_nodes.length; ++i)
                        writer.uint32(98).string(message.joining_nodes[i]);
                if (message.leaving_nodes != null && message.leaving_nodes.length)
                    for (let i = 0; i < message.leaving_nodes.length; ++i)
                        writer.uint32(106).string(message.leaving_nodes[i]);
                if (message.moving_nodes != null && message.moving_nodes.length)
                    for (let i = 0; i < message.moving_nodes.length; ++i)
                        writer.uint32(114).string(message.moving_nodes[i]);
                if (message.pending_compactions != null && $Object.hasOwnProperty.call(message, "pending_compactions") && (typeof message.pending_compactions === "object" ? message.pending_compactions.low || message.pending_compactions.high : message.pending_compactions !== 0))
                    writer.uint32(120).uint64(message.pending_compactions);
                if (message.dropped_messages != null && $Object.hasOwnProperty.call(message, "dropped_messages") && (typeof message.dropped_messages === "object" ? message.dropped_messages.low || message.dropped_messages.high : message.dropped_messages !== 0))
                    writer.uint32(128).uint64(message.dropped_messages);
                if (message.heap_used_bytes != null && $Object.hasOwnProperty.call(message, "heap_used_bytes") && (typeof message.heap_used_bytes === "object" ? message.heap_used_bytes.low || message.heap_used_bytes.high : message.heap_used_bytes !== 0))
                    writer.uint32(136).uint64(message.heap_used_bytes);
                if (message.heap_max_bytes != null && $Object.hasOwnProperty.call(message, "heap_max_bytes") && (typeof message.heap_max_bytes === "object" ? message.heap_max_bytes.low || message.heap_max_bytes.high : message.heap_max_bytes !== 0))
                    writer.uint32(144).uint64(message.heap_max_bytes);
                if (message.load_bytes != null && $Object.hasOwnProperty.call(message, "load_bytes") && (typeof message.load_bytes === "object" ? message.load_bytes.low || message.load_bytes.high : message.load_bytes !== 0))
                    writer.uint32(152).uint64(message.load_bytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            NodeHealth.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cmf.v1.NodeHealth();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.probed_at_ms = value;
                            else
                                delete message.probed_at_ms;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.problem = value;
                            else
                                delete message.problem;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.config_version = value;
                            else
                                delete message.config_version;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.host_id = value;
                            else
                                delete message.host_id;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cassandra_version = value;
                            else
                                delete message.cassandra_version;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.operation_mode = value;
                            else
                                delete message.operation_mode;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.joined = value;
                            else
                                delete message.joined;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.native_transport_running = value;
                            else
                                delete message.native_transport_running;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.gossip_running = value;
                            else
                                delete message.gossip_running;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (!(message.live_nodes && message.live_nodes.length))
                                message.live_nodes = [];
                            message.live_nodes.push(reader.stringVerify());
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if (!(message.unreachable_nodes && message.unreachable_nodes.length))
                                message.unreachable_nodes = [];
                            message.unreachable_nodes.push(reader.stringVerify());
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if (!(message.joining_nodes && message.joining_nodes.length))
                                message.joining_nodes = [];
                            message.joining_nodes.push(reader.stringVerify());
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if (!(message.leaving_nodes && message.leaving_nodes.length))
                                message.leaving_nodes = [];
                            message.leaving_nodes.push(reader.stringVerify());
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if (!(message.moving_nodes && message.moving_nodes.length))
                                message.moving_nodes = [];
                            message.moving_nodes.push(reader.stringVerify());
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.pending_compactions = value;
                            else
                                delete message.pending_compactions;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.dropped_messages = value;
                            else
                                delete message.dropped_messages;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.heap_used_bytes = value;
                            else
                                delete message.heap_used_bytes;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.heap_max_bytes = value;
                            else
                                delete message.heap_max_bytes;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.load_bytes = value;
                            else
                                delete message.load_bytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return NodeHealth;
        })();

        v1.AdminRequest = (function() {

            const AdminRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AdminRequest.prototype.request_id = "";
            AdminRequest.prototype.repair = null;
            AdminRequest.prototype.cleanup = null;
            AdminRequest.prototype.decommission = null;
            AdminRequest.prototype.drain = null;
            AdminRequest.prototype.snapshot = null;
            AdminRequest.prototype.abort = null;
            AdminRequest.prototype.query = null;
            AdminRequest.prototype.update_seeds = null;

            let $oneOfFields;

            $Object.defineProperty(AdminRequest.prototype, "op", {
                get: $util.oneOfGetter($oneOfFields = ["repair", "cleanup", "decommission", "drain", "snapshot", "abort", "query", "update_seeds"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            AdminRequest.create = function(properties) {
                return new AdminRequest(properties);
            };

            AdminRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id") && message.request_id !== "")
                    writer.uint32(10).string(message.request_id);
                if (message.repair != null && $Object.hasOwnProperty.call(message, "repair"))
                    $root.cmf.v1.AdminRequest.Repair.encode(message.repair, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.cleanup != null && $Object.hasOwnProperty.call(message, "cleanup"))
                    $root.cmf.v1.AdminRequest.Cleanup.encode(message.cleanup, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.decommission != null && $Object.hasOwnProperty.call(message, "decommission"))
                    $root.cmf.v1.AdminRequest.Decommission.encode(message.decommission, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.drain != null && $Object.hasOwnProperty.call(message, "drain"))
                    $root.cmf.v1.AdminRequest.Drain.encode(message.drain, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot"))
                    $root.cmf.v1.AdminRequest.Snapshot.encode(message.snapshot, writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.abort != null && $Object.hasOwnProperty.call(message, "abort"))
                    $root.cmf.v1.AdminRequest.Abort.encode(message.abort, writer.uint32(58).fork(), _depth + 1).ldelim();
                if (message.query != null && $Object.hasOwnProperty.call(message, "query"))
                    $root.cmf.v1.AdminRequest.Query.encode(message.query, writer.uint32(66).fork(), _depth + 1).ldelim();
                if (message.update_seeds != null && $Object.hasOwnProperty.call(message, "update_seeds"))
                    $root.cmf.v1.AdminRequest.UpdateSeeds.encode(message.update_seeds, writer.uint32(74).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AdminRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cmf.v1.AdminRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.request_id = value;
                            else
                                delete message.request_id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.repair = $root.cmf.v1.AdminRequest.Repair.decode(reader, reader.size(), $undefined, _depth + 1, message.repair);
                            message.op = "repair";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.cleanup = $root.cmf.v1.AdminRequest.Cleanup.decode(reader, reader.size(), $undefined, _depth + 1, message.cleanup);
                            message.op = "cleanup";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.decommission = $root.cmf.v1.AdminRequest.Decommission.decode(reader, reader.size(), $undefined, _depth + 1, message.decommission);
                            message.op = "decommission";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.drain = $root.cmf.v1.AdminRequest.Drain.decode(reader, reader.size(), $undefined, _depth + 1, message.drain);
                            message.op = "drain";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.snapshot = $root.cmf.v1.AdminRequest.Snapshot.decode(reader, reader.size(), $undefined, _depth + 1, message.snapshot);
                            message.op = "snapshot";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.abort = $root.cmf.v1.AdminRequest.Abort.decode(reader, reader.size(), $undefined, _depth + 1, message.abort);
                            message.op = "abort";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.query = $root.cmf.v1.AdminRequest.Query.decode(reader, reader.size(), $undefined, _depth + 1, message.query);
                            message.op = "query";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.update_seeds = $root.cmf.v1.AdminRequest.UpdateSeeds.decode(reader, reader.size(), $undefined, _depth + 1, message.update_seeds);
                            message.op = "update_seeds";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AdminRequest.Repair = (function() {

                const Repair = function (properties) {
                    this.keyspaces = [];
                    this.tables = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Repair.prototype.keyspaces = $util.emptyArray;
                Repair.prototype.tables = $util.emptyArray;
                Repair.prototype.full = false;
                Repair.prototype.primary_range = false;
                Repair.prototype.timeout_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                Repair.create = function(properties) {
                    return new Repair(properties);
                };

                Repair.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.keyspaces != null && message.keyspaces.length)
                        for (let i = 0; i < message.keyspaces.length; ++i)
                            writer.uint32(10).string(message.keyspaces[i]);
                    if (message.tables != null && message.tables.length)
                        for (let i = 0; i < message.tables.length; ++i)
                            writer.uint32(18).string(message.tables[i]);
                    if (message.full != null && $Object.hasOwnProperty.call(message, "full") && message.full !== false)
                        writer.uint32(24).bool(message.full);
                    if (message.primary_range != null && $Object.hasOwnProperty.call(message, "primary_range") && message.primary_range !== false)
                        writer.uint32(32).bool(message.primary_range);
                    if (message.timeout_ms != null && $Object.hasOwnProperty.call(message, "timeout_ms") && (typeof message.timeout_ms === "object" ? message.timeout_ms.low || message.timeout_ms.high : message.timeout_ms !== 0))
                        writer.uint32(40).uint64(message.timeout_ms);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Repair.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.cmf.v1.AdminRequest.Repair();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.keyspaces && message.keyspaces.length))
                                    message.keyspaces = [];
                                message.keyspaces.push(reader.stringVerify());
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.tables && message.tables.length))
                                    message.tables = [];
                                message.tables.push(reader.stringVerify());
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.full = value;
                                else
                                    delete message.full;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.primary_range = value;
                                else
                                    delete message.primary_range;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.timeout_ms = value;
                                else
                                    delete message.timeout_ms;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return Repair;
            })();

            AdminRequest.Cleanup = (function() {

                const Cleanup = function (properties) {
                    this.keyspaces = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Cleanup.prototype.keyspaces = $util.emptyArray;

                Cleanup.create = function(properties) {
                    return new Cleanup(properties);
                };

                Cleanup.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.keyspaces != null && message.keyspaces.length)
                        for (let i = 0; i < message.keyspaces.length; ++i)
                            writer.uint32(10).string(message.keyspaces[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Cleanup.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.cmf.v1.AdminRequest.Cleanup();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.keyspaces && message.keyspaces.length))
                                    message.keyspaces = [];
                                message.keyspaces.push(reader.stringVerify());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return Cleanup;
            })();

            AdminRequest.Decommission = (function() {

                const Decommission = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Decommission.create = function(properties) {
                    return new Decommission(properties);
                };

                Decommission.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Decommission.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.cmf.v1.AdminRequest.Decommission();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return Decommission;
            })();

            AdminRequest.Drain = (function() {

                const Drain = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Drain.create = function(properties) {
                    return new Drain(properties);
                };

                Drain.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Drain.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.cmf.v1.AdminRequest.Drain();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return Drain;
            })();

            AdminRequest.Snapshot = (function() {

                const Snapshot = function (properties) {
                    this.keyspaces = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Snapshot.prototype.tag = "";
                Snapshot.prototype.keyspaces = $util.emptyArray;

                Snapshot.create = function(properties) {
                    return new Snapshot(properties);
                };

                Snapshot.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.tag != null && $Object.hasOwnProperty.call(message, "tag") && message.tag !== "")
                        writer.uint32(10).string(message.tag);
                    if (message.keyspaces != null && message.keyspaces.length)
                        for (let i = 0; i < message.keyspaces.length; ++i)
                            writer.uint32(18).string(message.keyspaces[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Snapshot.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.cmf.v1.AdminRequest.Snapshot();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.tag = value;
                                else
                                    delete message.tag;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.keyspaces && message.keyspaces.length))
                                    message.keyspaces = [];
                                message.keyspaces.push(reader.stringVerify());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return Snapshot;
            })();

            AdminRequest.Abort = (function() {

                const Abort = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Abort.prototype.request_id = "";

                Abort.create = function(properties) {
                    return new Abort(properties);
                };

                Abort.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id") && message.request_id !== "")
                        writer.uint32(10).string(message.request_id);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Abort.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.cmf.v1.AdminRequest.Abort();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.request_id = value;
                                else
                                    delete message.request_id;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return Abort;
            })();

            AdminRequest.Query = (function() {

                const Query = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Query.prototype.request_id = "";

                Query.create = function(properties) {
                    return new Query(properties);
                };

                Query.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id") && message.request_id !== "")
                        writer.uint32(10).string(message.request_id);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Query.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.cmf.v1.AdminRequest.Query();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.request_id = value;
                                else
                                    delete message.request_id;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return Query;
            })();

            AdminRequest.UpdateSeeds = (function() {

                const UpdateSeeds = function (properties) {
                    this.seeds = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                UpdateSeeds.prototype.seeds = $util.emptyArray;

                UpdateSeeds.create = function(properties) {
                    return new UpdateSeeds(properties);
                };

                UpdateSeeds.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.seeds != null && message.seeds.length)
                        for (let i = 0; i < message.seeds.length; ++i)
                            writer.uint32(10).string(message.seeds[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                UpdateSeeds.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.cmf.v1.AdminRequest.UpdateSeeds();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.seeds && message.seeds.length))
                                    message.seeds = [];
                                message.seeds.push(reader.stringVerify());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return UpdateSeeds;
            })();

            return AdminRequest;
        })();

        v1.AdminReport = (function() {

            const AdminReport = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AdminReport.prototype.request_id = "";
            AdminReport.prototype.node_id = "";
            AdminReport.prototype.state = 0;
            AdminReport.prototype.message = "";
            AdminReport.prototype.steps_done = 0;
            AdminReport.prototype.steps_total = 0;
            AdminReport.prototype.started_at_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            AdminReport.prototype.finished_at_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            AdminReport.create = function(properties) {
                return new AdminReport(properties);
            };

            AdminReport.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id") && message.request_id !== "")
                    writer.uint32(10).string(message.request_id);
                if (message.node_id != null && $Object.hasOwnProperty.call(message, "node_id") && message.node_id !== "")
                    writer.uint32(18).string(message.node_id);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(24).int32(message.state);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(34).string(message.message);
                if (message.steps_done != null && $Object.hasOwnProperty.call(message, "steps_done") && message.steps_done !== 0)
                    writer.uint32(40).uint32(message.steps_done);
                if (message.steps_total != null && $Object.hasOwnProperty.call(message, "steps_total") && message.steps_total !== 0)
                    writer.uint32(48).uint32(message.steps_total);
                if (message.started_at_ms != null && $Object.hasOwnProperty.call(message, "started_at_ms") && (typeof message.started_at_ms === "object" ? message.started_at_ms.low || message.started_at_ms.high : message.started_at_ms !== 0))
                    writer.uint32(56).uint64(message.started_at_ms);
                if (message.finished_at_ms != null && $Object.hasOwnProperty.call(message, "finished_at_ms") && (typeof message.finished_at_ms === "object" ? message.finished_at_ms.low || message.finished_at_ms.high : message.finished_at_ms !== 0))
                    writer.uint32(64).uint64(message.finished_at_ms);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AdminReport.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cmf.v1.AdminReport();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.request_id = value;
                            else
                                delete message.request_id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node_id = value;
                            else
                                delete message.node_id;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.steps_done = value;
                            else
                                delete message.steps_done;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.steps_total = value;
                            else
                                delete message.steps_total;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.started_at_ms = value;
                            else
                                delete message.started_at_ms;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.finished_at_ms = value;
                            else
                                delete message.finished_at_ms;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AdminReport.State = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "UNKNOWN"] = 0;
                values[valuesById[1] = "ACCEPTED"] = 1;
                values[valuesById[2] = "RUNNING"] = 2;
                values[valuesById[3] = "SUCCEEDED"] = 3;
                values[valuesById[4] = "FAILED"] = 4;
                values[valuesById[5] = "ABORTED"] = 5;
                values[valuesById[6] = "REJECTED"] = 6;
                return values;
            })();

            return AdminReport;
        })();

        return v1;
    })();

    return cmf;
})();

export {
  $root as default
};
