%% float_to_list/2 and float_to_binary/2 with every option and combination
%% ({decimals, N}, {scientific, N}, compact, short, the %.20e default), their
%% limits and rounding, and list_to_float/binary_to_float on Erlang's float
%% syntax (including ',' as the decimal point and text after a NUL byte).
-module(bif_float_format).
-export([main/0]).

main() ->
    Vals = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.1, 1.005, 123.456, -0.0001, 0.049999,
            9.995, 1.0e15, 9007199254740992.0, 9007199254740993.0, 1.0e20, -1.0e20, 1.0e100, 1.0e-7,
            5.0e-324, 1.7976931348623157e308, 3.141592653589793, 2.0/3.0],
    Opts = [[], [{decimals, 0}], [{decimals, 1}], [{decimals, 2}], [{decimals, 5}], [{decimals, 18}],
            [{decimals, 19}], [{decimals, 30}], [{decimals, 3}, compact], [{decimals, 0}, compact],
            [{decimals, 25}, compact], [{scientific, 0}], [{scientific, 3}], [{scientific, 20}],
            [{scientific, -1}], [short], [compact], [short, compact], [{decimals, 2}, short],
            [short, {decimals, 2}], [{decimals, 4}, {scientific, 2}], [{scientific, 4294967297}]],
    [[[f(fun() -> float_to_binary(id(V), O) end) || O <- Opts] || V <- Vals],
     [f(fun() -> float_to_list(id(V)) end) || V <- Vals],
     [f(fun() -> float_to_list(1.5, O) end)
      || O <- [[{decimals, -1}], [{decimals, 253}], [{decimals, 254}], [{scientific, 249}],
               [{scientific, 250}], [{decimals, 1 bsl 62}], [bad], [{decimals, a}], [{other, 1}],
               [{decimals, 1, 2}], [compact | short], decimals]],
     [f(fun() -> length(float_to_list(id(V), [{decimals, 253}])) end) || V <- [-1.5, 1.0e3, 1.0e100]],
     [f(fun() -> float_to_binary(id(X)) end) || X <- [1, a, <<"1.0">>]],
     [f(fun() -> list_to_float(S) end)
      || S <- ["1.5", "-1.5", "+1.5", "1,5", "1.5e3", "1.5E-3", "1.5e+03", "0.0", "-0.0", "007.50",
               "1", "1.", ".5", "1.5e", "1.5e+", "e5", "1.5 ", " 1.5", "1e5", "1.5x", "1_0.0",
               "1.0e400", "1.0e-400", "2.5e-320", [$1, $., $5, 0, $x], [$1, $., 300], "1.0" ++ a, abc]],
     [f(fun() -> binary_to_float(B) end)
      || B <- [<<"2.5">>, <<"-2.5e2">>, <<"2,5">>, <<>>, <<"2">>, <<"2.5", 0, "junk">>, <<2:3>>, "2.5"]]].

f(F) -> try F() catch C:R -> {C, R} end.

id(X) -> X.
