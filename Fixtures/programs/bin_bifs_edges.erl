%% Edge cases of the binary BIFs: empty binaries, bitstrings, negative
%% lengths, scopes, several patterns (leftmost, then longest), split options,
%% replace with insertion points, unsigned and hex encodings, I/O lists with
%% binary tails, and sub-binaries of large binaries.
-module(bin_bifs_edges).
-export([main/0]).

main() ->
    B = id(<<"abcde">>), E = id(<<>>), BS = id(<<1, 2, 3:3>>),
    Large = list_to_binary(seq(0, 199)),
    Sub = binary:part(Large, 100, 50),
    [binary_to_list(B, 3, 3), binary_to_list(B, 1, 5), bitstring_to_list(BS), bitstring_to_list(B),
     binary_part(B, 5, 0), binary_part(B, 5, -5), binary_part(B, {2, 3}), binary:part(Sub, 10, -10),
     split_binary(BS, 1), split_binary(BS, 2), split_binary(B, 0), split_binary(B, 5),
     iolist_size([1, <<2, 3>>, [[4] | <<5>>]]), iolist_size(<<1, 2>>), iolist_size([]),
     iolist_to_binary(<<1, 2>>), iolist_to_binary([[], [[]], <<>>]), list_to_binary([<<1>> | <<2>>]),
     list_to_bitstring([BS, [BS | BS], 7]), list_to_bitstring([]), iolist_to_binary([Sub, Sub, "xy"]),
     binary:copy(B, 0), binary:copy(E, 5), binary:copy(<<"ab">>, 40),
     binary:bin_to_list(B, {5, -2}), binary:bin_to_list(B, 1, 2), binary:bin_to_list(B, 5, 0),
     binary:list_to_bin([1, [2, <<3>>], <<>>]),
     binary:decode_unsigned(E), binary:decode_unsigned(<<0, 0, 1, 0, 0>>, little),
     binary:decode_unsigned(<<1:8, 0:72>>), binary:decode_unsigned(binary:copy(<<255>>, 20), little),
     binary:encode_unsigned(0), binary:encode_unsigned(256, little), binary:encode_unsigned(1 bsl 64),
     binary:encode_unsigned(16#123456789ABCDEF0123, little),
     binary:longest_common_prefix([B]), binary:longest_common_prefix([B, E]),
     binary:longest_common_suffix([<<"xabc">>, <<"yabc">>, <<"bc">>]),
     binary:longest_common_prefix([Sub, binary:part(Large, 100, 20)]),
     binary:referenced_byte_size(B), binary:referenced_byte_size(Sub),
     binary:encode_hex(<<1, 171, 255>>), binary:encode_hex(E), binary:decode_hex(<<"01aBfF">>), binary:decode_hex(E),
     binary:match(B, <<"c">>, [{scope, {5, -3}}]), binary:matches(B, <<"c">>, [{scope, {0, 5}}]),
     binary:match(B, [<<"b">>, <<"ab">>]), binary:match(B, [<<"cd">>, <<"c">>, <<"bcde">>]),
     binary:matches(<<"aaaa">>, <<"aa">>), binary:matches(<<"abcabc">>, [<<"a">>, <<"ab">>, <<"bc">>]),
     binary:matches(B, binary:compile_pattern([<<"a">>, <<"d">>])), binary:match(Sub, <<120, 121>>),
     binary:split(B, [<<"b">>, <<"bc">>]), binary:split(B, <<"x">>, [global]), binary:split(E, <<"x">>, [trim_all]),
     binary:split(E, <<"x">>), binary:split(B, <<"c">>, [{scope, {0, 2}}]),
     binary:split(<<"a-b-c">>, <<"-">>, [{scope, {1, 2}}, global]), binary:split(<<"-a-b-c-">>, <<"-">>, [trim]),
     binary:split(<<"-a-b-c--">>, <<"-">>, [trim, global]), binary:split(<<"--a-b-c--">>, <<"-">>, [trim_all, global]),
     binary:split(<<"--">>, <<"-">>, [trim_all]), binary:split(<<"a,b;c">>, [<<",">>, <<";">>], [global]),
     binary:replace(B, <<"c">>, <<"XY">>, [{insert_replaced, 0}]),
     binary:replace(B, [<<"a">>, <<"e">>], <<"[]">>, [global, {insert_replaced, 1}]),
     binary:replace(<<"abcabc">>, [<<"b">>, <<"c">>], <<"[]">>, [global, {insert_replaced, [0, 1]}]),
     binary:replace(<<"abcabc">>, <<"b">>, <<"x">>, [{scope, {2, 3}}]),
     binary:replace(<<"aaa">>, <<"a">>, <<>>, [global]), binary:replace(E, <<"a">>, <<"b">>),
     binary:at(Sub, 0), binary:first(Sub), binary:last(Sub)].

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

id(X) -> X.
