%% Gleam-shaped bit array code: construction with sizes and endianness,
%% /bitstring segments (Gleam's default for BitArray), utf8 code points,
%% pattern matching with size expressions, and a length-prefixed decoder.
-module(gleam_bit_arrays).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch]).
-define(FILEPATH, "src/gleam_bit_arrays.gleam").
-export([main/0]).

-file("src/gleam_bit_arrays.gleam", 3).
-spec encode_message(integer(), binary()) -> bitstring().
encode_message(Kind, Payload) ->
    Size = erlang:byte_size(Payload),
    <<Kind:8, Size:16/big, Payload/bitstring, 16#FF:8>>.

-file("src/gleam_bit_arrays.gleam", 8).
-spec decode_message(bitstring()) -> {ok, {integer(), bitstring()}} | {error, nil}.
decode_message(Bits) ->
    case Bits of
        <<Kind:8, Size:16/big, Payload:Size/binary, 16#FF:8>> ->
            {ok, {Kind, Payload}};

        _ ->
            {error, nil}
    end.

-file("src/gleam_bit_arrays.gleam", 17).
-spec decode_all(bitstring(), list({integer(), bitstring()})) -> list({integer(), bitstring()}).
decode_all(Bits, Acc) ->
    case Bits of
        <<Kind:8, Size:16/big, Payload:Size/binary, 16#FF:8, Rest/bitstring>> ->
            decode_all(Rest, [{Kind, Payload} | Acc]);

        _ ->
            lists:reverse(Acc)
    end.

-file("src/gleam_bit_arrays.gleam", 26).
-spec codepoints(bitstring()) -> list(integer()).
codepoints(Bits) ->
    case Bits of
        <<Cp/utf8, Rest/bitstring>> ->
            [Cp | codepoints(Rest)];

        _ ->
            []
    end.

-file("src/gleam_bit_arrays.gleam", 35).
-spec flags(bitstring()) -> {boolean(), boolean(), integer(), bitstring()}.
flags(Bits) ->
    case Bits of
        <<A:1, B:1, Level:6/little, Rest/bitstring>> ->
            {A =:= 1, B =:= 1, Level, Rest};

        _ ->
            {false, false, 0, <<>>}
    end.

-file("src/gleam_bit_arrays.gleam", 43).
-spec main() -> list(any()).
main() ->
    Msg = encode_message(7, <<"hello"/utf8>>),
    Stream = <<Msg/bitstring,
        (encode_message(1, <<>>))/bitstring,
        (encode_message(2, <<"x"/utf8>>))/bitstring,
        0:3>>,
    [Msg,
        decode_message(Msg),
        decode_message(<<7, 0, 9, "short">>),
        decode_all(Stream, []),
        erlang:bit_size(Stream),
        codepoints(<<"añ€😀"/utf8>>),
        flags(<<16#C5, 1, 2>>),
        flags(<<1:1>>),
        <<3.5:64/float-little>>,
        <<-1:24/signed-little>>,
        erlang:bit_size(<<1:1, 2:7, 300:12>>)].
