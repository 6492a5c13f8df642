%% Failing binary constructions and binary BIFs, caught with their class,
%% reason and stack frames: ERTS puts an error_info map with the failing
%% segment's {Number, Type, Error, Value} cause on the constructing function's
%% frame, and BIFs add a frame of their own. Also a construction failing in a
%% guard (no exception) and failing matches.
-module(bits_construct_errors).
-export([main/0]).

main() ->
    B = id(<<"abcde">>),
    Cases = [fun() -> <<(id(a)):8>> end,
             fun() -> <<(id(a)):32/float>> end,
             fun() -> <<(id(1.0)):(id(8))/float>> end,
             fun() -> <<(id(1 bsl 1100)):64/float>> end,
             fun() -> <<(id(a))/binary>> end,
             fun() -> <<(id(<<1:3>>))/binary>> end,
             fun() -> <<(id(<<1, 2>>)):3/binary>> end,
             fun() -> <<(id(a)):2/binary>> end,
             fun() -> <<(id(1)):(id(-1))>> end,
             fun() -> <<(id(1)):(id(a))>> end,
             fun() -> <<(id(1)):(id(1 bsl 70))>> end,
             fun() -> <<(id(1)):(id(-(1 bsl 70)))>> end,
             fun() -> <<(id(16#D800))/utf8>> end,
             fun() -> <<(id(-1))/utf8>> end,
             fun() -> <<(id(a))/utf16>> end,
             fun() -> <<(id(1)):8, (id(16#110000))/utf32>> end,
             fun() -> X = id(a), <<X/binary, 1>> end,
             fun() -> X = id(<<1:3>>), <<X/binary, 1>> end,
             fun() -> <<(id(a)):8, (id(1)):(id(-1))>> end,
             fun() -> <<(id(1)):8, "str", (id(2.0)):(id(1))/binary>> end,
             fun() -> << <<X:8>> || X <- id([1, 2, a]) >> end,
             fun() -> << <<X/binary>> || X <- id([<<1>>, <<2:4>>]) >> end,
             fun() -> <<X:8>> = id(<<1:7>>), X end,
             fun() -> <<_:2/binary, Y:4/binary>> = B, Y end,
             fun() -> binary:part(B, 3, 5) end,
             fun() -> binary_part(B, {6, -1}) end,
             fun() -> binary:at(B, 5) end,
             fun() -> binary:first(<<>>) end,
             fun() -> list_to_binary([1, <<2>>, [a]]) end,
             fun() -> iolist_to_binary([256]) end,
             fun() -> iolist_size(<<1:1>>) end,
             fun() -> split_binary(B, 6) end,
             fun() -> binary_to_list(B, 4, 2) end,
             fun() -> bitstring_to_list(a) end,
             fun() -> binary:match(B, <<>>) end,
             fun() -> binary:split(B, [<<"b">>, a]) end,
             fun() -> binary:copy(B, -1) end,
             fun() -> binary:encode_unsigned(-5) end,
             fun() -> binary:decode_unsigned(B, middle) end,
             fun() -> binary:longest_common_prefix([B, a]) end],
    Guards = [guarded(X) || X <- [1, 300, a, -1, 2.0]],
    Replace = [short(fun() -> binary:replace(B, <<>>, <<"x">>) end),
               short(fun() -> binary:replace(B, <<"a">>, <<"x">>, [bad]) end),
               short(fun() -> binary:bin_to_list(B, 7, 1) end),
               short(fun() -> binary:decode_hex(<<"0g">>) end)],
    [[run(F) || F <- Cases], Guards, Replace].

run(F) ->
    try F() of
        V -> {ok, V}
    catch
        C:R:S -> {C, R, [Frame || {M, _, _, _} = Frame <- S, lists_member(M, [?MODULE, erlang, binary])]}
    end.

short(F) ->
    try F() of
        V -> {ok, V}
    catch
        C:R -> {C, R}
    end.

guarded(X) when byte_size(<<X:8>>) =:= 1 -> {byte, X};
guarded(X) when is_integer(<<X:16>>) -> never;
guarded(X) -> {other, X}.

lists_member(X, [X | _]) -> true;
lists_member(X, [_ | T]) -> lists_member(X, T);
lists_member(_, []) -> false.

id(X) -> X.
