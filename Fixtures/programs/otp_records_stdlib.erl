%% Records together with stdlib: lists:keysort/keyfind using #rec.field
%% positions, record lists grouped with maps:groups_from_list, sorting by
%% several fields, and formatted output of a small employee table.
-module(otp_records_stdlib).
-export([main/0]).

-record(emp, {name, dept, salary}).

main() ->
    Emps = [#emp{name = "ann", dept = eng, salary = 120},
            #emp{name = "bob", dept = ops, salary = 90},
            #emp{name = "cy", dept = eng, salary = 100},
            #emp{name = "di", dept = sales, salary = 90}],
    BySalary = lists:keysort(#emp.salary, Emps),
    Multi = lists:sort(fun(A, B) -> {A#emp.dept, -A#emp.salary} =< {B#emp.dept, -B#emp.salary} end, Emps),
    Groups = maps:groups_from_list(fun(E) -> E#emp.salary end, fun(E) -> E#emp.name end, Emps),
    [io:format("~-4s ~-6w ~4w~n", [E#emp.name, E#emp.dept, E#emp.salary]) || E <- Multi],
    [[E#emp.name || E <- BySalary], [E#emp.name || E <- Multi], lists:sort(maps:to_list(Groups)),
     lists:keyfind(ops, #emp.dept, Emps), lists:sum([E#emp.salary || E <- Emps]),
     lists:max([E#emp.salary || E <- Emps])].
