"""One conversation, read module by module: `chatbot.session.Session` holds its memory (`memory.Memory`, and
`memory.CurrentMessage` for the message being read) and calls these.

The steps of one message (`turn`), where it goes (`routing`), numbered choices (`numbered_choices`), requests
for personal advice (`advice_requests`), matching a message against the bank (`matching`, `whole_message`,
`leads`), stories around a question (`stories`, `story_questions`), follow-ups (`follow_ups`, `contrasts`),
small readings of a message's words (`message_readings`), building replies (`answering`) and what the
conversation keeps between messages (`memory`). A function that needs the conversation's memory takes the
`Session` and reads its public `session.memory` and `session.current`; one that only reads the bank takes the
`Bot`. Each module imports only those below it.
"""
