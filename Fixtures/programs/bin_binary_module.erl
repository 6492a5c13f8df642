%% The binary module BIFs: part, at, first, last, match, matches, split,
%% copy, bin_to_list, list_to_bin, (de|en)code_unsigned, longest_common_prefix,
%% replace.
-module(bin_binary_module).
-export([main/0]).

main() ->
    B = id(<<"the cat sat on the mat">>),
    [binary:part(B, 4, 3), binary:part(B, {22, -3}), binary:at(B, 0), binary:first(B), binary:last(B),
     binary:match(B, <<"at">>), binary:match(B, [<<"on">>, <<"sat">>]), binary:match(B, <<"dog">>),
     binary:match(B, <<"at">>, [{scope, {10, 12}}]),
     binary:matches(B, <<"at">>), binary:matches(B, [<<"the">>, <<"e">>]),
     binary:split(B, <<" ">>), binary:split(B, <<" ">>, [global]),
     binary:split(B, [<<"a">>, <<"t">>], [global, trim]),
     binary:split(id(<<",a,,b,">>), <<",">>, [global, trim_all]),
     binary:copy(id(<<"ab">>), 3), binary:copy(id(<<"x">>)),
     binary:bin_to_list(B, 4, 3), binary:list_to_bin(id([1, [2, <<3>>]])),
     binary:decode_unsigned(id(<<1, 0>>)), binary:decode_unsigned(id(<<1, 0>>), little),
     binary:encode_unsigned(id(65536)), binary:encode_unsigned(id(65536), little),
     binary:encode_unsigned(id(1 bsl 80)), binary:decode_unsigned(id(<<255, 255, 255, 255, 255, 255, 255, 255, 255>>)),
     binary:longest_common_prefix(id([<<"interstellar">>, <<"internet">>, <<"interval">>])),
     binary:longest_common_prefix(id([<<"a">>, <<"b">>])),
     binary:replace(B, <<"at">>, <<"og">>), binary:replace(B, <<"at">>, <<"og">>, [global]),
     binary:replace(B, <<"the">>, <<"[]">>, [global, {insert_replaced, 1}]),
     try binary:at(B, 100) catch error:E1 -> E1 end,
     try binary:match(B, <<>>) catch error:E2 -> E2 end].

id(X) -> X.
