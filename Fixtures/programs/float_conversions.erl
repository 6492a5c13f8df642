%% float_to_list/2 and float_to_binary/2 with {decimals,N}, {scientific,N},
%% compact and short, and list_to_float / binary_to_float parsing.
-module(float_conversions).
-export([main/0]).

main() ->
    Vals = [id(3.14159), id(-2.5), id(0.1), id(1.0e10), id(123456.789), id(0.0), id(1.0e-7)],
    [[float_to_list(V, [{decimals, 0}]) || V <- Vals],
     [float_to_list(V, [{decimals, 3}]) || V <- Vals],
     [float_to_list(V, [{decimals, 6}, compact]) || V <- Vals],
     [float_to_binary(V, [{scientific, 2}]) || V <- Vals],
     [float_to_binary(V, [{scientific, 10}]) || V <- Vals],
     [float_to_list(V, [short]) || V <- Vals],
     [float_to_binary(V) || V <- Vals],
     float_to_list(id(0.5), [{decimals, 0}]), float_to_list(id(1.5), [{decimals, 0}]),
     float_to_list(id(2.5), [{decimals, 0}]), float_to_list(id(1.005), [{decimals, 2}]),
     list_to_float("3.25"), list_to_float("-0.5e3"), list_to_float("1.0e-2"),
     binary_to_float(<<"2.5E2">>), binary_to_float(<<"1.7976931348623157e308">>),
     list_to_float("6.02214076e23"),
     try list_to_float(id("3")) catch error:E1 -> E1 end,
     try binary_to_float(id(<<"1.">>)) catch error:E2 -> E2 end,
     try list_to_float(id("1e5")) catch error:E3 -> E3 end].

id(X) -> X.
