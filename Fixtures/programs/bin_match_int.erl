%% Matching integer segments out of binaries: sizes, signedness, endianness,
%% variable sizes bound earlier in the same pattern, and tail binaries.
-module(bin_match_int).
-export([main/0]).

main() ->
    Bin = id(<<16#FF, 16#FE, 16#01, 16#02, 16#80, 16#00, 0, 0, 0, 16#01, 3, 7, 8, 9, 10, 11>>),
    <<A:8, B:8/signed, C:16, D:16/little, E:32/signed-little, Len:8, Rest/binary>> = Bin,
    <<Payload:Len/binary, Tail/binary>> = Rest,
    <<S1:4, S2:4, _/binary>> = Bin,
    <<W:64/signed>> = id(<<255, 255, 255, 255, 255, 255, 255, 254>>),
    <<U:64>> = id(<<255, 255, 255, 255, 255, 255, 255, 254>>),
    <<Big:96>> = id(<<1:96>>),
    <<NegBig:96/signed-little>> = id(<<0:88, 128:8>>),
    [A, B, C, D, E, Len, Payload, Tail, S1, S2, W, U, Big, NegBig,
     parse_tlv(id(<<1, 2, "hi", 2, 0, 3, 3, "abc">>)),
     decode_varints(id(<<172, 2, 1, 255, 255, 3, 0>>)),
     case id(<<1, 2, 3>>) of <<1, X/binary>> -> {starts_with_1, X}; _ -> other end,
     case id(<<1, 2, 3>>) of <<_:8, 9, _/binary>> -> nine; <<_:16, Y>> -> {last, Y} end,
     try <<_:32>> = id(<<1, 2>>), ok catch error:{badmatch, V} -> {badmatch, V} end].

parse_tlv(<<>>) -> [];
parse_tlv(<<T:8, L:8, V:L/binary, More/binary>>) -> [{T, V} | parse_tlv(More)];
parse_tlv(Bad) -> [{garbage, Bad}].

decode_varints(<<>>) -> [];
decode_varints(Bin) ->
    {V, Rest} = varint(Bin, 0, 0),
    [V | decode_varints(Rest)].

varint(<<1:1, B:7, Rest/binary>>, Shift, Acc) -> varint(Rest, Shift + 7, Acc bor (B bsl Shift));
varint(<<0:1, B:7, Rest/binary>>, Shift, Acc) -> {Acc bor (B bsl Shift), Rest}.

id(X) -> X.
