%% Segment sizes taken from variables and expressions, unit multipliers,
%% size fields read from the same binary, and all-zero-size segments.
-module(bits_sizes_var).
-export([main/0]).

main() ->
    Packet = id(<<3:4, 5:4, 1, 2, 3, 4, 5, 6, 7, 8>>),
    <<N:4, M:4, First:N/binary, Second:M/binary, Left/binary>> = Packet,
    Z = id(0),
    [N, M, First, Second, Left,
     <<(id(255)):Z>>, <<(id(<<"abc">>)):Z/binary>>,
     [take_bits(id(<<16#ABCD:16>>), S) || S <- [0, 1, 4, 8, 12, 16]],
     <<(id(5)):(id(2) * 4)/unit:2>>,
     <<(id(<<1, 2, 3, 4>>)):(id(2))/binary-unit:16>>,
     fields(id(<<2, 16#AB, 16#CD, 1, 16#EF, 0>>)),
     try take_bits(id(<<1>>), 9) catch error:E -> E end].

take_bits(B, S) ->
    <<V:S, R/bits>> = B,
    {V, R}.

fields(<<0>>) -> [];
fields(<<L, V:L/unit:8, Rest/binary>>) -> [V | fields(Rest)].

id(X) -> X.
