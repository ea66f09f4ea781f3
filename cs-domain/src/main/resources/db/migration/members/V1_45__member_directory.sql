-- What other modules may read of members in set-based work (RFM runs over every member, target
-- lists): the id and the nickname, nothing personal.
create view members.member_directory as
select m.id as member_id, m.nickname from members.member m;
