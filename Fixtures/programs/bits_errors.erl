%% Bit syntax failures: construction with bad types or sizes (badarg),
%% matches that do not fit, and binary BIFs given bitstrings.
-module(bits_errors).
-export([main/0]).

main() ->
    Cases = [fun() -> <<(id(1.5)):8>> end,
             fun() -> <<(id(<<1:3>>)):1/binary>> end,
             fun() -> <<(id(1)):(id(a))>> end,
             fun() -> <<(id(<<1, 2>>)):3/binary>> end,
             fun() -> <<(id("str"))/binary>> end,
             fun() -> <<(id(1))/float>> end,
             fun() -> <<X:8>> = id(<<1:7>>), X end,
             fun() -> <<Y:8/binary>> = id(<<1, 2>>), Y end,
             fun() -> byte_size(id(<<1:9>>)) end,
             fun() -> binary_to_list(id(<<1:9>>)) end,
             fun() -> bit_size(id(list)) end,
             fun() -> binary_to_term(id(<<131, 1:5>>)) end],
    [run(F) || F <- Cases].

run(F) ->
    try F() of
        V -> {ok, V}
    catch
        C:R -> {C, R}
    end.

id(X) -> X.
