%% Erlang in the shape the Gleam compiler emits for a small module: pipes
%% bound to _pipe variables, `case` for every branch, custom types as tagged
%% tuples, record access with erlang:element, record update, integer division
%% guarded against zero, and nil/bool values.
-module(gleam_basic).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch]).
-define(FILEPATH, "src/gleam_basic.gleam").
-export([main/0, new_account/2, deposit/2, average/1]).
-export_type([account/0, tier/0]).

-type account() :: {account, binary(), integer(), tier()}.
-type tier() :: basic | {premium, integer()}.

-file("src/gleam_basic.gleam", 9).
-spec new_account(binary(), integer()) -> account().
new_account(Owner, Balance) ->
    {account, Owner, Balance, basic}.

-file("src/gleam_basic.gleam", 14).
-spec deposit(account(), integer()) -> account().
deposit(Account, Amount) ->
    _record = Account,
    {account,
        erlang:element(2, _record),
        erlang:element(3, Account) + Amount,
        erlang:element(4, _record)}.

-file("src/gleam_basic.gleam", 19).
-spec upgrade(account()) -> account().
upgrade(Account) ->
    case erlang:element(3, Account) >= 1000 of
        true ->
            _record = Account,
            {account,
                erlang:element(2, _record),
                erlang:element(3, _record),
                {premium, erlang:element(3, Account) div 100}};

        false ->
            Account
    end.

-file("src/gleam_basic.gleam", 27).
-spec describe(account()) -> binary().
describe(Account) ->
    case Account of
        {account, Owner, _, basic} ->
            <<Owner/binary, " (basic)"/utf8>>;

        {account, Owner@1, _, {premium, Points}} ->
            <<<<<<Owner@1/binary, " (premium, "/utf8>>/binary,
                    (erlang:integer_to_binary(Points))/binary>>/binary,
                " points)"/utf8>>
    end.

-file("src/gleam_basic.gleam", 35).
-spec average(list(integer())) -> integer().
average(Values) ->
    Total = sum(Values, 0),
    Count = erlang:length(Values),
    case Count of
        0 -> 0;
        Gleam@denominator -> Total div Gleam@denominator
    end.

-file("src/gleam_basic.gleam", 42).
-spec sum(list(integer()), integer()) -> integer().
sum(Values, Acc) ->
    case Values of
        [] ->
            Acc;

        [First | Rest] ->
            sum(Rest, Acc + First)
    end.

-file("src/gleam_basic.gleam", 51).
-spec remainder(integer(), integer()) -> integer().
remainder(A, B) ->
    case B of
        0 -> 0;
        Gleam@denominator -> A rem Gleam@denominator
    end.

-file("src/gleam_basic.gleam", 56).
-spec main() -> {list(binary()), list(integer()), boolean(), nil}.
main() ->
    _pipe = new_account(<<"ada"/utf8>>, 900),
    _pipe@1 = deposit(_pipe, 250),
    Ada = upgrade(_pipe@1),
    Bob = begin
        _pipe@2 = new_account(<<"bob"/utf8>>, 10),
        upgrade(_pipe@2)
    end,
    Descriptions = [describe(Ada), describe(Bob)],
    Numbers = [average([1, 2, 3, 4]),
        average([]),
        remainder(17, 5),
        remainder(17, 0),
        remainder(-17, 5),
        erlang:element(3, Ada)],
    Is_rich = (erlang:element(3, Ada) > 1000) andalso (erlang:element(3, Bob) < 100),
    {Descriptions, Numbers, Is_rich, nil}.
