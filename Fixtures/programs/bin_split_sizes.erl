%% byte_size, bit_size, size, split_binary, binary_to_list/3, list_to_binary
%% of iolists, and is_binary/is_bitstring on byte-aligned and unaligned data.
-module(bin_split_sizes).
-export([main/0]).

main() ->
    B = id(<<1, 2, 3, 4, 5>>),
    U = id(<<1, 2, 3:3>>),
    [byte_size(B), bit_size(B), size(B), byte_size(U), bit_size(U),
     is_binary(B), is_bitstring(B), is_binary(U), is_bitstring(U),
     split_binary(B, 0), split_binary(B, 2), split_binary(B, 5),
     binary_to_list(B), binary_to_list(B, 2, 4), bitstring_to_list(U),
     list_to_binary(id([1, [2, 3], <<4, 5>>, [], [[6]]])), list_to_bitstring(id([<<1>>, <<1:1>>])),
     iolist_to_binary(id(<<"x">>)), iolist_size(id([[], <<>>])),
     try list_to_binary(id([256])) catch error:E1 -> E1 end,
     try binary_to_list(U) catch error:E2 -> E2 end,
     try byte_size(id(atom)) catch error:E3 -> E3 end,
     try iolist_to_binary(id([<<1:1>>])) catch error:E4 -> E4 end].

id(X) -> X.
