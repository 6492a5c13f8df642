%% Record field defaults that are expressions (evaluated at creation), the
%% `_ = ...` catch-all initialiser, and records with many fields.
-module(rec_defaults).
-export([main/0]).

-record(cfg, {name = <<"default">>, size = 2 * 8, list = [a, b], nested = {x, [1]},
              flag = false, count}).
-record(wide, {f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12}).

main() ->
    C0 = #cfg{},
    C1 = #cfg{count = 3, flag = true},
    W0 = #wide{_ = zero},
    W1 = #wide{f1 = 1, f12 = 12, _ = filler},
    W2 = W1#wide{f6 = six, f7 = seven},
    [C0, C1, C1#cfg.size, tuple_size(C0), W0, W1, W2, tuple_size(W2),
     W2#wide.f6, #wide.f12, C0 =:= #cfg{}, C0 == C1].
