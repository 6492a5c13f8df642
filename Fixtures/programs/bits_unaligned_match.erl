%% Matching at bit offsets that are not byte aligned: integers across byte
%% boundaries, signed and little-endian fields, floats, sub-bitstrings, utf
%% code points, literal strings and skips, all after an odd-sized prefix;
%% also match tails used as values and re-matched in other functions.
-module(bits_unaligned_match).
-export([main/0]).

main() ->
    Data = id(<<16#DE, 16#AD, 16#BE, 16#EF, 16#01, 16#23, 16#45, 16#67, 16#89, 16#AB, 16#CD, 16#EF,
                16#FE, 16#DC, 16#BA, 16#98, 16#76, 16#54, 16#32, 16#10>>),
    Fields = [fields(Data, Skip) || Skip <- [0, 1, 2, 3, 5, 7, 9, 13]],
    Floats = [float_at(Skip) || Skip <- [1, 3, 6]],
    Utf = [utf_at(Skip) || Skip <- [1, 4, 7]],
    Strings = [string_at(id(<<1:3, "hello world", 0:5>>)), string_at(id(<<2:3, "hello there", 1:5>>))],
    Walk = walk(id(<<"abc", 1:1, "defgh", 3:2>>), []),
    {Head, Tail} = split_at(Data, 11),
    Rematch = [first_byte(Tail), bit_size(Tail), count_ones(Tail, 0), Tail],
    [Fields, Floats, Utf, Strings, Walk, Head, Rematch, tails(id(<<5:3, 255, 0:2>>))].

fields(Data, Skip) ->
    <<_:Skip, A:5, B:11, C:7/signed, D:13/little, E:9/little-signed, F:17, G:3/binary, H:6/bits, Rest/bits>> = Data,
    {Skip, A, B, C, D, E, F, G, H, bit_size(Rest)}.

float_at(Skip) ->
    Bin = <<0:Skip, 1.5:16/float, -2.25:32/float-little, 1.0e100:64/float, 7:5>>,
    <<_:Skip, A:16/float, B:32/float-little, C:64/float, D:5>> = Bin,
    {Skip, Bin, A, B, C, D}.

utf_at(Skip) ->
    Bin = <<0:Skip, "é€"/utf8, 16#1F600/utf8, 16#1F600/utf16, 16#E9/utf32-little, 1:1>>,
    <<_:Skip, A/utf8, B/utf8, C/utf8, D/utf16, E/utf32-little, 1:1>> = Bin,
    {Skip, [A, B, C, D, E], byte_size(Bin)}.

string_at(<<_:3, "hello ", Rest:5/binary, _:5>>) -> {hello, Rest};
string_at(_) -> nomatch.

walk(<<C:8, Rest/bits>>, Acc) -> walk(Rest, [C | Acc]);
walk(<<B:1, Rest/bits>>, Acc) -> walk(Rest, [{bit, B} | Acc]);
walk(<<>>, Acc) -> lists_reverse(Acc, []).

split_at(Bin, Bits) ->
    <<H:Bits/bits, T/bits>> = Bin,
    {H, T}.

first_byte(<<X, _/bits>>) -> X.

count_ones(<<1:1, R/bits>>, N) -> count_ones(R, N + 1);
count_ones(<<0:1, R/bits>>, N) -> count_ones(R, N);
count_ones(<<>>, N) -> N.

tails(<<X:3, Rest/bits>>) -> {X, Rest, bit_size(Rest), tails2(Rest)}.
tails2(<<Y:8, Rest/bits>>) -> {Y, Rest};
tails2(Other) -> {other, Other}.

lists_reverse([H | T], Acc) -> lists_reverse(T, [H | Acc]);
lists_reverse([], Acc) -> Acc.

id(X) -> X.
