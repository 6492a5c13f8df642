%% Appending to binaries and bitstrings in loops well past 64 bytes: the
%% accumulator must stay correct when two results extend the same base, when
%% an old accumulator is extended again after newer ones, when the base is a
%% slice or a match tail, and across garbage collections.
-module(bits_append_loop).
-export([main/0]).

main() ->
    Big = ints(id(3000), <<>>),
    Base = binary:part(Big, 0, 200),
    ForkA = <<Base/binary, "A">>,
    ForkB = <<Base/binary, "B">>,
    ForkC = <<ForkA/binary, "C">>,
    ForkA2 = <<ForkA/binary, "Z">>,
    Old = ints(id(20), <<>>),
    Newer = <<Old/binary, 1, 2, 3>>,
    Again = <<Old/binary, 9>>,
    Bits = bits(id(1000), <<>>),
    <<_:5, Tail/bits>> = Bits,
    TailPlus = <<Tail/bits, 1:1>>,
    <<_:100/binary, Rest/binary>> = Big,
    RestPlus = <<Rest/binary, "end">>,
    Mixed = mixed(id(100), <<>>),
    Comp = << <<X:24/little>> || X <- seq(1, 500) >>,
    CompBits = << <<X:3>> || X <- seq(1, 333) >>,
    Nested = << <<(<< <<Y>> || Y <- seq(1, X) >>)/binary>> || X <- seq(1, 30) >>,
    Garbage = with_garbage(id(2000), <<>>),
    Prepended = prepend(id(400), <<>>),
    [byte_size(Big), sum(Big), binary:part(Big, 11996, 4),
     byte_size(ForkA), binary:last(ForkA), binary:last(ForkB), binary:part(ForkC, 199, 3),
     binary:part(ForkA2, 199, 3), binary:part(Base, 196, 4),
     Old, Newer, Again,
     bit_size(Bits), bit_size(Tail), bit_size(TailPlus), sum_bits(Bits, 0),
     byte_size(RestPlus), binary:part(RestPlus, byte_size(RestPlus) - 5, 5),
     bit_size(Mixed), sum_bits(Mixed, 0),
     byte_size(Comp), binary:part(Comp, 0, 9), binary:part(Comp, 1497, 3),
     bit_size(CompBits), sum_bits(CompBits, 0), byte_size(Nested), sum(Nested),
     byte_size(Garbage), sum(Garbage), binary:part(Garbage, 0, 6),
     byte_size(Prepended), binary:part(Prepended, 0, 6), binary:part(Prepended, 794, 6)].

ints(0, Acc) -> Acc;
ints(N, Acc) -> ints(N - 1, <<Acc/binary, (N * 7919):32>>).

bits(0, Acc) -> Acc;
bits(N, Acc) -> bits(N - 1, <<Acc/bits, (N rem 8):3>>).

mixed(0, Acc) -> Acc;
mixed(N, Acc) ->
    mixed(N - 1, <<Acc/bits, N:7, (N * 0.5):32/float, "xy", (N * N):20/little, N/utf8>>).

with_garbage(0, Acc) -> Acc;
with_garbage(N, Acc) ->
    _ = lists_garbage(N),
    with_garbage(N - 1, <<Acc/binary, (N rem 251), (N rem 13)>>).

lists_garbage(N) -> [{N, [N, N + 1]}, {atom, N * 2} | seq(1, N rem 17)].

prepend(0, Acc) -> Acc;
prepend(N, Acc) -> prepend(N - 1, <<N:16, Acc/binary>>).

sum(B) -> sum(B, 0).
sum(<<X, R/binary>>, S) -> sum(R, (S * 31 + X) rem 1000000007);
sum(<<>>, S) -> S.

sum_bits(<<X:5, R/bits>>, S) -> sum_bits(R, (S * 7 + X) rem 1000000007);
sum_bits(R, S) -> {S, R}.

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

id(X) -> X.
