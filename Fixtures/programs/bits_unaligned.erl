%% Bitstrings whose length is not a multiple of 8: construction, printing,
%% matching at odd offsets, concatenation and conversion to lists.
-module(bits_unaligned).
-export([main/0]).

main() ->
    A = id(<<5:3>>), B = id(<<1:1>>), C = id(<<300:9>>),
    AB = <<A/bits, B/bits>>,
    ABC = <<AB/bits, C/bits>>,
    <<X:3, Y:10>> = ABC,
    <<_:1, Odd:7/bits, Rest/bits>> = id(<<16#F0, 16#0F>>),
    [A, B, C, AB, ABC, bit_size(ABC), X, Y, Odd, Rest, bit_size(Rest),
     bitstring_to_list(ABC), <<ABC/bits, 1:7>>, byte_size(id(<<1:17>>)),
     <<(id(<<1, 2, 3>>)):17/bits>>, bits_of(id(<<16#A:4>>)),
     rotate(id(<<1, 2, 3>>), 3), <<(id(-1)):13>>, <<(id(7)):3/little>>,
     <<(id(16#1FF)):9/little>>, erlang:phash2(ABC),
     case id(<<1:1, 0:1, 1:1>>) of <<1:1, M:2/bits>> -> M end].

bits_of(<<>>) -> [];
bits_of(<<Bit:1, R/bits>>) -> [Bit | bits_of(R)].

rotate(B, N) ->
    <<H:N/bits, T/bits>> = B,
    <<T/bits, H/bits>>.

id(X) -> X.
