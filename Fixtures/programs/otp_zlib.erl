%% zlib and compressed term_to_binary: round trips through compress,
%% gzip, zip (raw deflate) and their inverses, and crc32 of the data. The
%% compressed bytes themselves depend on the zlib build, so only sizes of
%% uncompressed data and round-trip equality are returned.
-module(otp_zlib).
-export([main/0]).

main() ->
    Data = iolist_to_binary([integer_to_list(N) || N <- lists:seq(1, 2000)]),
    Z = zlib:compress(Data),
    G = zlib:gzip(Data),
    R = zlib:zip(Data),
    T = term_to_binary(lists:seq(1, 1000), [compressed]),
    [byte_size(Data), zlib:uncompress(Z) =:= Data, zlib:gunzip(G) =:= Data, zlib:unzip(R) =:= Data,
     byte_size(Z) < byte_size(Data), binary_to_term(T) =:= lists:seq(1, 1000),
     erlang:crc32(Data), erlang:crc32(erlang:crc32(<<"abc">>), <<"def">>) =:= erlang:crc32(<<"abcdef">>),
     try zlib:uncompress(<<"not compressed">>) catch error:E -> {error, E} end].
