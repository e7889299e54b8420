-- A document linked to a checklist item keeps its row when the guide is taken away from the candidate: the foreign key
-- sets assignment_id to null, and the item (which only means something within that assignment) must go with it, or the
-- check document_item_needs_assignment refuses the removal of the assignment. The referential action is an update of
-- the document row, so a row trigger on document itself clears the item; no other table is touched.
create function document_item_follows_assignment() returns trigger
    language plpgsql as
$$
begin
    if new.assignment_id is null then
        new.item_key := null;
    end if;
    return new;
end
$$;

create trigger document_item_follows_assignment
    before update of assignment_id on document
    for each row execute function document_item_follows_assignment();
