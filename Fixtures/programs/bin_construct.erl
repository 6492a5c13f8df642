%% Binary construction: integer segments of many sizes, signed values wrapped,
%% little/big/native endianness, literal strings, binary and bitstring
%% segments, sizes and units from variables.
-module(bin_construct).
-export([main/0]).

main() ->
    X = id(16#12345678), N = id(-2), S = id(24), B = id(<<"xyz">>),
    [<<X:32>>, <<X:32/little>>, <<X:16>>, <<X:24/big>>, <<X:40>>, <<X:64/little>>,
     <<N:8>>, <<N:16>>, <<N:16/little-signed>>, <<N:3, 0:5>>, <<300:8>>, <<-1:32>>,
     <<X:S>>, <<X:S/little>>, <<X:(S div 8)/unit:8>>, <<1:4/unit:2>>,
     <<"abc">>, <<"abc", 0, "def">>, <<B/binary, B/binary>>, <<B:2/binary>>, <<B:1/binary-unit:16>>,
     <<$a, $b:16, "c":32>>, <<>>, <<(id(1 bsl 70)):80>>, <<(id(-(1 bsl 70))):80/little>>,
     <<(id(65)), (id(66))>>, byte_size(<<X:100>>), bit_size(<<X:100>>),
     <<(id(<<1, 2>>))/bits, (id(<<3:4>>))/bitstring, 15:4>>,
     try <<(id(a)):8>> catch error:E1 -> E1 end,
     try <<(id(<<1:4>>))/binary>> catch error:E2 -> E2 end,
     try <<X:(id(-1))>> catch error:E3 -> E3 end].

id(X) -> X.
