%% Checksums: erlang:crc32/adler32 and their combine functions, zlib's own
%% (deprecated) checksum functions, the running CRC-32 of a raw stream, and the
%% old chunked inflate with its buffer size. zlib's deprecated functions are
%% gone from OTP 27 on; there the program says so instead of calling them.
-module(otp_zlib_checksums).
-export([main/0]).

main() ->
    {module, zlib} = code:ensure_loaded(zlib),
    Data = iolist_to_binary([integer_to_list(I * I) || I <- lists:seq(1, 5000)]),
    [{erlang, erlang_checksums(Data)},
     {erlang_errors, erlang_errors()},
     {zlib, when_exported({crc32, 3}, fun() -> zlib_checksums(Data) end)},
     {zlib_errors, when_exported({crc32, 3}, fun() -> zlib_errors() end)},
     {stream_crc, when_exported({crc32, 1}, fun() -> stream_crc(Data) end)},
     {inflate_chunk, when_exported({inflateChunk, 2}, fun() -> inflate_chunk(Data) end)},
     {buf_size, when_exported({getBufSize, 1}, fun() -> buf_size() end)}].

when_exported({F, A}, Fun) ->
    case erlang:function_exported(zlib, F, A) of
        true -> Fun();
        false -> {not_exported, F, A}
    end.

try_it(F) -> try F() catch error:E -> {error, E} end.

erlang_checksums(Data) ->
    Half = byte_size(Data) div 2,
    <<A:Half/binary, B/binary>> = Data,
    Deep = [A, [[], <<>>, [B]]],
    {erlang:crc32(Data), erlang:adler32(Data),
     erlang:crc32(Deep) =:= erlang:crc32(Data), erlang:adler32(Deep) =:= erlang:adler32(Data),
     erlang:crc32(erlang:crc32(A), B) =:= erlang:crc32(Data),
     erlang:adler32(erlang:adler32(A), B) =:= erlang:adler32(Data),
     erlang:crc32_combine(erlang:crc32(A), erlang:crc32(B), byte_size(B)) =:= erlang:crc32(Data),
     erlang:adler32_combine(erlang:adler32(A), erlang:adler32(B), byte_size(B)) =:= erlang:adler32(Data),
     erlang:crc32(<<>>), erlang:adler32(<<>>), erlang:crc32([]), erlang:adler32([[], []]),
     erlang:crc32(<<"The quick brown fox jumps over the lazy dog">>),
     erlang:adler32(<<"Wikipedia">>),
     erlang:crc32(16#FFFFFFFF, <<"x">>), erlang:adler32(16#FFFFFFFF, <<"x">>),
     erlang:crc32_combine(0, 0, 0), erlang:adler32_combine(1, 1, 0),
     erlang:crc32_combine(16#12345678, 16#9ABCDEF0, 16#FFFFFFFF),
     erlang:adler32_combine(16#12345678, 16#9ABCDEF0, 16#FFFFFFFF),
     erlang:adler32_combine(16#12345678, 16#9ABCDEF0, 123456789)}.

erlang_errors() ->
    [try_it(fun() -> erlang:crc32(atom) end),
     try_it(fun() -> erlang:crc32(-1, <<"x">>) end),
     try_it(fun() -> erlang:crc32(1 bsl 32, <<"x">>) end),
     try_it(fun() -> erlang:adler32([<<"x">> | tail]) end),
     try_it(fun() -> erlang:adler32(<<1:3>>) end),
     try_it(fun() -> erlang:crc32_combine(1, 2, -1) end),
     try_it(fun() -> erlang:crc32_combine(1, 2, 1 bsl 32) end),
     try_it(fun() -> erlang:adler32_combine(1, 2, 1 bsl 40) end),
     try_it(fun() -> erlang:adler32_combine(1 bsl 32, 2, 3) end),
     try_it(fun() -> erlang:adler32_combine(1, 2, a) end)].

%% zlib's checksum functions take a stream (any reference will do) and compute
%% what erlang's do.
zlib_checksums(Data) ->
    Z = zlib:open(),
    R = [apply(zlib, crc32, [Z, Data]) =:= erlang:crc32(Data),
         apply(zlib, crc32, [Z, 77, Data]) =:= erlang:crc32(77, Data),
         apply(zlib, adler32, [Z, Data]) =:= erlang:adler32(Data),
         apply(zlib, adler32, [Z, 77, Data]) =:= erlang:adler32(77, Data),
         apply(zlib, crc32_combine, [Z, 1, 2, 3]) =:= erlang:crc32_combine(1, 2, 3),
         apply(zlib, adler32_combine, [Z, 1, 2, 3]) =:= erlang:adler32_combine(1, 2, 3),
         apply(zlib, crc32, [make_ref(), <<"any reference">>])],
    ok = zlib:close(Z),
    R.

zlib_errors() ->
    Z = zlib:open(),
    R = [try_it(fun() -> apply(zlib, crc32, [not_a_stream, <<"x">>]) end),
         try_it(fun() -> apply(zlib, crc32, [Z, atom]) end),
         try_it(fun() -> apply(zlib, adler32, [Z, x, <<"x">>]) end),
         try_it(fun() -> apply(zlib, crc32_combine, [Z, 1, 2, x]) end),
         try_it(fun() -> apply(zlib, adler32_combine, [self(), 1, 2, 3]) end)],
    ok = zlib:close(Z),
    R.

%% The running CRC-32 of the uncompressed side: kept for raw streams only.
stream_crc(Data) ->
    Z = zlib:open(),
    BeforeInit = try_it(fun() -> apply(zlib, crc32, [Z]) end),
    ok = zlib:deflateInit(Z, default, deflated, -15, 8, default),
    C1 = zlib:deflate(Z, binary:part(Data, 0, 1000)),
    Part = apply(zlib, crc32, [Z]),
    C2 = zlib:deflate(Z, binary:part(Data, 1000, byte_size(Data) - 1000), finish),
    RawDeflate = apply(zlib, crc32, [Z]),
    ok = zlib:deflateEnd(Z),
    AfterEnd = try_it(fun() -> apply(zlib, crc32, [Z]) end),
    Raw = iolist_to_binary([C1, C2]),
    ok = zlib:inflateInit(Z, -15),
    _ = zlib:inflate(Z, Raw),
    RawInflate = apply(zlib, crc32, [Z]),
    ok = zlib:inflateEnd(Z),
    ok = zlib:deflateInit(Z),
    _ = zlib:deflate(Z, Data, finish),
    Wrapped = apply(zlib, crc32, [Z]),
    ok = zlib:deflateEnd(Z),
    ok = zlib:close(Z),
    {BeforeInit, Part =:= erlang:crc32(binary:part(Data, 0, 1000)), RawDeflate =:= erlang:crc32(Data),
     AfterEnd, RawInflate =:= erlang:crc32(Data), Wrapped}.

%% inflateChunk hands out at most the buffer size per call.
inflate_chunk(Data) ->
    C = zlib:compress(Data),
    Z = zlib:open(),
    ok = zlib:inflateInit(Z),
    ok = apply(zlib, setBufSize, [Z, 1000]),
    {Chunks, Last} = chunks(apply(zlib, inflateChunk, [Z, C]), Z, []),
    ok = zlib:inflateEnd(Z),
    %% The default size, and a dictionary request in the middle.
    ok = zlib:inflateInit(Z),
    First = apply(zlib, inflateChunk, [Z, C]),
    ok = zlib:inflateReset(Z),
    ok = zlib:close(Z),
    Sizes = [iolist_size(X) || X <- Chunks],
    {length(Chunks) >= byte_size(Data) div 1000, lists:max(Sizes) =< 1000,
     iolist_to_binary([Chunks, Last]) =:= Data, is_list(Last),
     element(1, First), iolist_size(element(2, First))}.

chunks({more, Out}, Z, Acc) -> chunks(apply(zlib, inflateChunk, [Z]), Z, [Out | Acc]);
chunks(Last, _Z, Acc) -> {lists:reverse(Acc), Last}.

buf_size() ->
    Z = zlib:open(),
    Default = apply(zlib, getBufSize, [Z]),
    ok = apply(zlib, setBufSize, [Z, 65536]),
    Set = apply(zlib, getBufSize, [Z]),
    Errors = [try_it(fun() -> apply(zlib, setBufSize, [Z, 16]) end),
              try_it(fun() -> apply(zlib, setBufSize, [Z, 1 bsl 24]) end),
              try_it(fun() -> apply(zlib, setBufSize, [Z, big]) end)],
    ok = zlib:close(Z),
    {Default, Set, Errors}.
